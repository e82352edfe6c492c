using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using NewsArchive.Web.Tests.Hosting;

namespace NewsArchive.Web.Tests.Features.Api;

[Collection(RunningArchiveCollection.Name)]
public sealed class ArchiveApiTests(RunningArchive app)
{
    private async Task<(HttpResponseMessage Response, JsonElement Json)> GetJsonAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await app.Client.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response, json);
    }

    private async Task<string> SeedSlugAsync()
    {
        var (_, json) = await GetJsonAsync("/api/articles?q=Hancock%20Dismisses");
        return json.GetProperty("items")[0].GetProperty("slug").GetString()!;
    }

    [Fact]
    public async Task Articles_list_is_a_page_with_items_and_totals()
    {
        var (response, json) = await GetJsonAsync("/api/articles?pageSize=1");

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        // The seed and the hostile article at least (the inbox test may have added one more).
        var total = json.GetProperty("total").GetInt32();
        Assert.True(total >= 2);
        Assert.Equal(1, json.GetProperty("page").GetInt32());
        Assert.Equal(1, json.GetProperty("pageSize").GetInt32());
        Assert.Equal(total, json.GetProperty("totalPages").GetInt32());
        var item = Assert.Single(json.GetProperty("items").EnumerateArray());
        Assert.False(string.IsNullOrEmpty(item.GetProperty("slug").GetString()));
        Assert.StartsWith("/api/articles/", item.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Article_search_returns_snippets_with_highlight_offsets_into_plain_text()
    {
        var (_, json) = await GetJsonAsync("/api/articles?q=sanctuary");

        var snippet = json.GetProperty("items")[0].GetProperty("snippet");
        var text = snippet.GetProperty("text").GetString()!;
        var first = snippet.GetProperty("highlights")[0];
        Assert.Equal("sanctuary", text[first.GetProperty("start").GetInt32()..first.GetProperty("end").GetInt32()], ignoreCase: true);
        Assert.DoesNotContain('\u0002', text);
    }

    [Fact]
    public async Task Article_by_slug_has_title_body_paragraph_offsets_and_extraction_lists()
    {
        var slug = await SeedSlugAsync();

        var (_, json) = await GetJsonAsync($"/api/articles/{slug}");

        Assert.Equal("Hancock Dismisses Trump Tweet About Releasing Immigration Detainees in Sanctuary Cities", json.GetProperty("title").GetString());
        var body = json.GetProperty("body").GetString()!;
        var paragraphs = json.GetProperty("paragraphs");
        Assert.True(paragraphs.GetArrayLength() >= 12);
        var last = paragraphs[paragraphs.GetArrayLength() - 1];
        Assert.StartsWith("There's also a bill", body[last.GetProperty("start").GetInt32()..last.GetProperty("end").GetInt32()]);
        foreach (var list in new[] { "entities", "quotes", "events" })
        {
            Assert.Equal(JsonValueKind.Array, json.GetProperty(list).ValueKind);
        }
        Assert.Equal($"/articles/{slug}", json.GetProperty("page").GetString());
    }

    [Fact]
    public async Task Unknown_article_is_a_404_problem()
    {
        var (response, json) = await GetJsonAsync("/api/articles/no-such-article", HttpStatusCode.NotFound);

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(404, json.GetProperty("status").GetInt32());
        Assert.Equal("No article has the slug 'no-such-article'.", json.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Read_endpoints_send_an_etag_and_answer_304_when_it_still_matches()
    {
        var slug = await SeedSlugAsync();
        using var first = await app.Client.GetAsync($"/api/articles/{slug}");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Equal("no-cache", first.Headers.CacheControl!.ToString());

        using var again = new HttpRequestMessage(HttpMethod.Get, $"/api/articles/{slug}");
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await app.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var other = new HttpRequestMessage(HttpMethod.Get, "/api/articles");
        other.Headers.IfNoneMatch.Add(etag);
        using var changed = await app.Client.SendAsync(other);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
    }

    [Theory]
    [InlineData("/api/articles?page=0", "page")]
    [InlineData("/api/articles?pageSize=1000", "pageSize")]
    [InlineData("/api/quotes?page=two", "page")]
    [InlineData("/api/timeline?from=2019-13", "from")]
    [InlineData("/api/timeline?from=2019&to=2018", "to")]
    [InlineData("/api/entities?kind=animal", "kind")]
    public async Task Bad_parameter_is_a_400_problem_naming_it(string path, string parameter)
    {
        var (response, json) = await GetJsonAsync(path, HttpStatusCode.BadRequest);

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(400, json.GetProperty("status").GetInt32());
        Assert.True(json.GetProperty("errors").TryGetProperty(parameter, out var messages));
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
    }

    [Fact]
    public async Task Quotes_of_an_unknown_speaker_are_an_empty_page()
    {
        var (_, json) = await GetJsonAsync("/api/quotes?speaker=Nobody%20Known");

        Assert.Equal(0, json.GetProperty("total").GetInt32());
        Assert.Equal(0, json.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Quotes_are_a_page_of_quotes_with_article_and_offsets()
    {
        var (_, json) = await GetJsonAsync("/api/quotes?pageSize=5");

        Assert.True(json.TryGetProperty("total", out _));
        foreach (var quote in json.GetProperty("items").EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(quote.GetProperty("articleSlug").GetString()));
            Assert.True(quote.GetProperty("end").GetInt32() > quote.GetProperty("start").GetInt32());
        }
    }

    [Fact]
    public async Task Timeline_lists_events_in_date_order_with_their_precision()
    {
        var (_, json) = await GetJsonAsync("/api/timeline?pageSize=100");

        var dates = json.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("date")).ToList();
        Assert.All(dates, d => Assert.Contains(d.GetProperty("precision").GetString(), new[] { "year", "month", "day" }));
        // A date's span starts on its first day: "2018" on 2018-01-01, "2018-11" on 2018-11-01.
        var starts = dates.Select(d => d.GetProperty("date").GetString()! switch
        {
            { Length: 4 } year => year + "-01-01",
            { Length: 7 } month => month + "-01",
            var day => day,
        }).ToList();
        Assert.True(starts.Count >= 2);
        Assert.Equal(starts.Order(StringComparer.Ordinal), starts);
    }

    [Fact]
    public async Task Entities_are_a_page_and_an_unknown_entity_is_a_404_problem()
    {
        var (_, list) = await GetJsonAsync("/api/entities?kind=person");
        Assert.True(list.TryGetProperty("totalPages", out _));
        Assert.All(list.GetProperty("items").EnumerateArray(),
            e => Assert.Equal("person", e.GetProperty("entity").GetProperty("kind").GetString()));

        var (response, problem) = await GetJsonAsync("/api/entities/no-such-entity", HttpStatusCode.NotFound);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("no-such-entity", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Unknown_api_address_is_a_404_problem_not_a_page()
    {
        var (response, _) = await GetJsonAsync("/api/no/such/thing", HttpStatusCode.NotFound);

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task OpenApi_document_describes_every_endpoint()
    {
        var (_, json) = await GetJsonAsync("/openapi/v1.json");

        var paths = json.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(
            ["/api/articles", "/api/articles/{slug}", "/api/entities", "/api/entities/{slug}", "/api/quotes", "/api/timeline"],
            paths.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Article_text_with_markup_comes_back_as_plain_json_strings()
    {
        var (_, json) = await GetJsonAsync("/api/articles?q=council");

        var hostile = json.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString()!.StartsWith("Council"));
        Assert.Equal(RunningArchive.HostileTitle, hostile.GetProperty("title").GetString());
    }
}
