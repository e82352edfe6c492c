using NewsArchive.Data.Articles;
using NewsArchive.Data.Common;
using NewsArchive.Data.Quotes;
using NewsArchive.Data.Search;

namespace NewsArchive.Data.Tests.Search;

public sealed class SqliteFullTextSearchTests
{
    [Theory]
    [InlineData("denver", "(\"denver\")")]
    [InlineData("immig*", "(\"immig\"*)")]
    [InlineData("\"sanctuary city\"", "(\"sanctuary city\")")]
    [InlineData("denver -trump", "(\"denver\") NOT \"trump\"")]
    [InlineData("AND(", "(\"AND\")")]
    [InlineData("don't", "(\"don t\")")]
    public void User_text_becomes_a_match_expression_of_quoted_strings(string text, string expected)
        => Assert.Equal(expected, SqliteFullTextSearch.ToMatchExpression(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("*")]
    [InlineData("-trump")]
    public void Nothing_searchable_gives_no_match_expression(string? text)
        => Assert.Null(SqliteFullTextSearch.ToMatchExpression(text));

    public static TheoryData<string> HostileQueries => new()
    {
        "\"", "\"\"", "\"unbalanced", "AND(", "OR", "NOT", "NEAR(a b", "*", "**", "-", "--", "a -", "-*", "a AND OR b",
        "col:denver", "title:", "^denver", "{title body}: x", "(((", ")))", "' OR 1=1 --", "\u0000", "\u0002x\u0003",
        "émigré*", "日本語", "🙂", "denver\"city", "a\"b\"c\"", new string('(', 300), "x*y*z", "\\", ";DROP TABLE Articles;",
    };

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Hostile_query_strings_never_throw_in_article_or_quote_search(string text)
    {
        await using var archive = await TestArchive.CreateAsync();
        await new ExtractionBuilder("Denver Sanctuary", "\"Denver will not back down,\" the mayor said.")
            .Quote("Denver will not back down,", null).IngestAsync(archive.Ingestion);

        var articles = await archive.Get<ArticleSearch>().SearchAsync(new ArticleSearchQuery(text));
        var quotes = await archive.Get<QuotesBySpeaker>().SearchAsync(new QuoteSearchQuery(Text: text));

        Assert.True(articles.Total >= 0 && quotes.Total >= 0);
        Assert.True(articles.Items.Count <= articles.Total || articles.Total == 1);
    }

    private static async Task<TestArchive> HarborArchiveAsync(int articles, int? rankedMatchLimit = null)
    {
        var archive = await TestArchive.CreateAsync(rankedMatchLimit is { } limit
            ? new Dictionary<string, string?> { ["Archive:RankedMatchLimit"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture) }
            : null);
        for (var i = 1; i <= articles; i++)
            await new ExtractionBuilder($"Harbor Story {i}", $"The harbor reopened, report number {i}.").IngestAsync(archive.Ingestion);
        return archive;
    }

    [Fact]
    public async Task Capped_pages_follow_newest_first_order_inside_and_beyond_the_counted_matches()
    {
        await using var archive = await HarborArchiveAsync(5, rankedMatchLimit: 2);
        var search = archive.Get<ArticleSearch>();

        var pages = new List<Page<ArticleHit>>();
        for (var page = 1; page <= 6; page++) pages.Add(await search.SearchAsync(new ArticleSearchQuery("harbor", Page: page, PageSize: 1)));

        Assert.Equal(["harbor-story-5", "harbor-story-4", "harbor-story-3", "harbor-story-2", "harbor-story-1"],
            pages.Take(5).Select(p => Assert.Single(p.Items).Slug));
        Assert.Empty(pages[5].Items);
        Assert.All(pages, p => Assert.True(p.TotalIsCapped && p.Total == 2));
    }

    [Fact]
    public async Task A_page_past_the_last_match_still_reports_the_total()
    {
        await using var archive = await HarborArchiveAsync(3);

        var page = await archive.Get<ArticleSearch>().SearchAsync(new ArticleSearchQuery("harbor", Page: 5, PageSize: 1));

        Assert.Empty(page.Items);
        Assert.Equal(3, page.Total);
        Assert.False(page.TotalIsCapped);
    }
}
