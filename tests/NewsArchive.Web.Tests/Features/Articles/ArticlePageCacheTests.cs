using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Data;
using NewsArchive.Data.Ingestion;
using NewsArchive.Web.Tests.Features.Account;
using NewsArchive.Web.Tests.Hosting;

namespace NewsArchive.Web.Tests.Features.Articles;

/// <summary>
/// Article pages served from memory (ArticlePageCache) against the real app, with articles ingested the way the CLI
/// does: by another process's connection to the same database file.
/// </summary>
public sealed class ArticlePageCacheTests : IAsyncLifetime
{
    private readonly RunningArchive _app = new();
    private ServiceProvider _cli = default!;

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Archive"] = $"Data Source={_app.DatabasePath}" })
            .Build();
        _cli = new ServiceCollection().AddArchive(configuration).BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _cli.DisposeAsync();
        await _app.DisposeAsync();
    }

    private async Task<IngestionResult> IngestAsync(string fileName, string text)
    {
        var path = Path.Combine(_app.Folder, fileName);
        await File.WriteAllTextAsync(path, text);
        var result = await _cli.GetRequiredService<IngestionService>().IngestFileAsync(path);
        Assert.NotEqual(IngestionOutcome.Rejected, result.Outcome);
        return result;
    }

    private static string Article(string extraParagraph) => $"""
        Harbor Board Weighs Ferry Timetable

        By Staff

        The harbor board met on Tuesday, March 5, 2019, to weigh a new ferry timetable.

        {extraParagraph}
        """;

    private async Task<string> GetAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await _app.Client.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task A_re_ingested_article_shows_its_new_text_at_once_though_its_old_page_was_served_from_memory()
    {
        var first = await IngestAsync("ferry.txt", Article("Members asked for an evening crossing."));
        var path = $"/articles/{first.Slug}";
        Assert.Contains("Members asked for an evening crossing.", await GetAsync(path));
        Assert.Contains("Members asked for an evening crossing.", await GetAsync(path));

        var second = await IngestAsync("ferry.txt", Article("The board dropped the evening crossing."));

        Assert.Equal(IngestionOutcome.Updated, second.Outcome);
        Assert.Equal(first.Slug, second.Slug);
        var page = await GetAsync(path);
        Assert.Contains("The board dropped the evening crossing.", page);
        Assert.DoesNotContain("Members asked for an evening crossing.", page);
    }

    [Fact]
    public async Task A_newly_ingested_article_answers_at_once_at_an_address_that_was_not_found_a_moment_before()
    {
        const string Title = "Lighthouse Keepers Return to Cape Station";
        const string Slug = "lighthouse-keepers-return-to-cape-station";
        await GetAsync($"/articles/{Slug}", HttpStatusCode.NotFound);
        await GetAsync($"/articles/{Slug}", HttpStatusCode.NotFound);

        var result = await IngestAsync("lighthouse.txt", $"""
            {Title}

            The keepers came back to the cape station on Monday, June 3, 2024.
            """);

        Assert.Equal(Slug, result.Slug);
        Assert.Contains($">{Title}</h1>", await GetAsync($"/articles/{Slug}"));
    }

    [Fact]
    public async Task Every_copy_of_an_article_page_carries_a_fresh_antiforgery_token_that_switches_the_theme()
    {
        var slug = (await IngestAsync("tokens.txt", Article("Tokens are per reader."))).Slug;
        await GetAsync($"/articles/{slug}");
        using var first = new EditorBrowser(_app);
        using var second = new EditorBrowser(_app);

        var firstToken = await first.TokenFromAsync($"/articles/{slug}");
        var secondToken = await second.TokenFromAsync($"/articles/{slug}");

        Assert.NotEqual(firstToken, secondToken);
        var form = new Dictionary<string, string> { ["mode"] = "dark", ["returnUrl"] = $"/articles/{slug}", ["__RequestVerificationToken"] = secondToken };
        using var switched = await second.Client.PostAsync("/preferences/theme", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        // One reader's token is no good with another reader's cookie.
        form["__RequestVerificationToken"] = firstToken;
        using var refused = await second.Client.PostAsync("/preferences/theme", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task A_dark_theme_reader_gets_the_dark_page_after_a_light_one_was_kept()
    {
        var slug = (await IngestAsync("themes.txt", Article("Themes are kept apart."))).Slug;
        Assert.Contains("<meta name=\"color-scheme\" content=\"light\"", await GetAsync($"/articles/{slug}"));
        Assert.Contains("<meta name=\"color-scheme\" content=\"light\"", await GetAsync($"/articles/{slug}"));

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/articles/{slug}");
        request.Headers.Add("Cookie", "na-theme=dark");
        using var response = await _app.Client.SendAsync(request);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<meta name=\"color-scheme\" content=\"dark\"", html);
        Assert.Contains("Switch to light theme", html);
    }
}
