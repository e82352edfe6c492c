using System.Net;
using System.Text.RegularExpressions;
using NewsArchive.Web.Tests.Features.Account;

namespace NewsArchive.Web.Tests.Hosting;

/// <summary>The real app over HTTP: what a plain GET returns, before any script runs.</summary>
[Collection(RunningArchiveCollection.Name)]
public sealed class RunningArchiveTests(RunningArchive app)
{
    private const string SeedTitle = "Hancock Dismisses Trump Tweet About Releasing Immigration Detainees in Sanctuary Cities";

    private static readonly Regex ArticleLink = new("href=\"(/articles/[a-z0-9-]+)\"", RegexOptions.NonBacktracking, TimeSpan.FromSeconds(1));

    private async Task<string> GetPageAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await app.Client.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<string> LinkToAsync(string titleStart)
    {
        var home = await GetPageAsync("/");
        var at = home.IndexOf(titleStart, StringComparison.Ordinal);
        Assert.True(at > 0, $"The home page does not list '{titleStart}'.");
        var links = ArticleLink.Matches(home[..at]);
        return links[^1].Groups[1].Value;
    }

    [Fact]
    public async Task Home_page_lists_the_seed_article_with_a_link_to_its_page()
    {
        var home = await GetPageAsync("/");

        Assert.Contains(SeedTitle, home);
        Assert.StartsWith("/articles/hancock-dismisses-trump-tweet", await LinkToAsync(SeedTitle));
        var seedItem = home[home.IndexOf(SeedTitle, StringComparison.Ordinal)..];
        var firstLine = Regex.Match(seedItem, "article-first-line\">([^<]+)<", RegexOptions.NonBacktracking).Groups[1].Value;
        Assert.True(firstLine.Length > 10, "The seed is listed without a line of its text.");
        var seedText = await File.ReadAllTextAsync(Path.Combine(app.SeedsPath, "hancock-dismisses-trump-tweet-about-releasing-immigration-detainees.txt"));
        Assert.Contains(WebUtility.HtmlDecode(firstLine).TrimEnd('…'), seedText);
    }

    [Fact]
    public async Task Seed_article_page_shows_its_title_and_paragraphs()
    {
        var page = await GetPageAsync(await LinkToAsync(SeedTitle));

        Assert.Contains($">{SeedTitle}</h1>", page);
        Assert.Contains("<title>" + SeedTitle + " · NewsArchive</title>", page);
        var paragraphs = Regex.Matches(page, "<p class=\"article-paragraph\">", RegexOptions.NonBacktracking).Count;
        Assert.True(paragraphs >= 12, $"Expected the seed's paragraphs, found {paragraphs}.");
        Assert.Contains("There&#x27;s also a bill working its way through the state legislature", page);
    }

    [Fact]
    public async Task Article_page_is_static_and_holds_no_circuit_while_search_pages_are_interactive()
    {
        var article = await GetPageAsync(await LinkToAsync(SeedTitle));
        var quotes = await GetPageAsync("/quotes");

        Assert.DoesNotContain("\"type\":\"server\"", article);
        Assert.Contains("\"type\":\"server\"", quotes);
    }

    [Theory]
    [InlineData("/articles/no-such-article")]
    [InlineData("/people/no-such-person")]
    [InlineData("/organizations/no-such-organization")]
    [InlineData("/no/such/page")]
    public async Task Unknown_address_answers_404_with_the_not_found_page(string path)
    {
        var page = await GetPageAsync(path, HttpStatusCode.NotFound);

        Assert.Contains("Page not found", page);
    }

    [Fact]
    public async Task Markup_inside_an_article_is_shown_as_text_never_run()
    {
        var link = await LinkToAsync("Council &lt;script&gt;");
        var html = await GetPageAsync(link);

        Assert.DoesNotContain("<script>alert(", html);
        Assert.DoesNotContain("<b>debate</b>", html);
        Assert.DoesNotContain("<img src=x", html);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.Equal("Council <script>alert('title')</script> vote stirs <b>debate</b>", document.QuerySelector("h1")!.TextContent);
        var body = document.QuerySelector("[data-testid=article-body]")!;
        // Speaker labels are ours, not the article's: take them out to read the article's own text.
        foreach (var label in body.QuerySelectorAll(".quote-speaker")) label.Remove();
        Assert.Contains("<script>alert('body')</script>", body.TextContent);
        Assert.Contains("\"We will <b>not</b> be moved,\"", body.TextContent);
        Assert.Empty(body.QuerySelectorAll("script, b, img"));
    }

    [Theory]
    [InlineData("/articles?q=sanctuary", "Articles")]
    [InlineData("/quotes", "Quotes")]
    [InlineData("/timeline", "Timeline")]
    [InlineData("/people", "People")]
    [InlineData("/organizations", "Organizations")]
    [InlineData("/account/login", "Editor sign-in")]
    public async Task Every_page_is_prerendered_with_its_heading_and_title(string path, string heading)
    {
        var page = await GetPageAsync(path);

        Assert.Matches($"<h1[^>]*>{heading}</h1>", page);
        Assert.Contains(" · NewsArchive</title>", page);
    }

    [Fact]
    public async Task Article_search_page_marks_the_searched_word_in_the_prerendered_results()
    {
        var page = await GetPageAsync("/articles?q=sanctuary");

        Assert.Contains(SeedTitle.Replace("Sanctuary", "<mark class=\"snippet-hit\">Sanctuary</mark>", StringComparison.Ordinal), page);
    }

    [Fact]
    public async Task Theme_switch_sets_a_cookie_and_returns_to_the_page_it_came_from()
    {
        using var browser = new EditorBrowser(app);
        var token = await browser.TokenFromAsync("/timeline");

        using var response = await browser.Client.PostAsync("/preferences/theme", ThemeForm("dark", "/timeline", token));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/timeline", response.Headers.Location!.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith("na-theme=dark", StringComparison.Ordinal));
        var html = await browser.Client.GetStringAsync("/timeline");
        Assert.Contains("<meta name=\"color-scheme\" content=\"dark\"", html);
        Assert.Contains("Switch to light theme", html);
    }

    [Fact]
    public async Task Theme_switch_without_the_antiforgery_token_is_refused_and_changes_nothing()
    {
        using var browser = new EditorBrowser(app);
        await browser.TokenFromAsync("/timeline");

        using var response = await browser.Client.PostAsync("/preferences/theme", ThemeForm("dark", "/timeline", token: null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("na-theme", StringComparison.Ordinal)));
        Assert.Contains("Switch to dark theme", await browser.Client.GetStringAsync("/timeline"));
    }

    [Fact]
    public async Task Theme_switch_never_redirects_to_another_site()
    {
        using var browser = new EditorBrowser(app);
        var token = await browser.TokenFromAsync("/timeline");

        using var response = await browser.Client.PostAsync("/preferences/theme", ThemeForm("dark", "https://evil.example/", token));

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    private static FormUrlEncodedContent ThemeForm(string mode, string returnUrl, string? token)
    {
        var fields = new Dictionary<string, string> { ["mode"] = mode, ["returnUrl"] = returnUrl };
        if (token is not null) fields["__RequestVerificationToken"] = token;
        return new FormUrlEncodedContent(fields);
    }
}
