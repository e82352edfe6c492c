using NewsArchive.Data.Articles;
using NewsArchive.Data.Quotes;
using NewsArchive.Data.Search;

namespace NewsArchive.Data.Tests.Search;

public sealed class PrefixExpansionTests
{
    private static async Task<TestArchive> ArchiveAsync()
    {
        var archive = await TestArchive.CreateAsync();
        await new ExtractionBuilder("Budget Approved", "The council approved the budget. \"Budgets are choices,\" the mayor said.")
            .Quote("Budgets are choices,", null).IngestAsync(archive.Ingestion);
        await new ExtractionBuilder("Spending Review", "Departments budgeted less this year. The budgetary office agreed.")
            .IngestAsync(archive.Ingestion);
        await new ExtractionBuilder("Nudge Units", "A nudge unit studied buses and budgies at the zoo.")
            .IngestAsync(archive.Ingestion);
        return archive;
    }

    [Fact]
    public async Task A_prefix_longer_than_the_indexed_ones_becomes_the_words_that_begin_with_it()
    {
        await using var archive = await ArchiveAsync();
        await using var db = archive.NewContext();

        var expanded = await PrefixExpansion.ExpandAsync(db, "(\"Budge\"*)", SqliteFullTextSearch.ArticleWords, CancellationToken.None);

        Assert.Equal("((\"budget\" OR \"budgetary\" OR \"budgeted\" OR \"budgets\"))", expanded);
    }

    [Theory]
    [InlineData("(\"budg\"*)")]
    [InlineData("(\"budget\")")]
    [InlineData("(\"budget approved\"*)")]
    [InlineData("(\"émigr\"*)")]
    public async Task Indexed_prefixes_words_phrases_and_non_ascii_prefixes_are_left_to_fts5(string match)
    {
        await using var archive = await ArchiveAsync();
        await using var db = archive.NewContext();

        Assert.Equal(match, await PrefixExpansion.ExpandAsync(db, match, SqliteFullTextSearch.ArticleWords, CancellationToken.None));
    }

    [Fact]
    public async Task A_prefix_no_word_begins_with_is_left_as_it_was()
    {
        await using var archive = await ArchiveAsync();
        await using var db = archive.NewContext();

        Assert.Equal("(\"zeppelin\"*)", await PrefixExpansion.ExpandAsync(db, "(\"zeppelin\"*)", SqliteFullTextSearch.ArticleWords, CancellationToken.None));
    }

    [Fact]
    public async Task A_prefix_shared_by_more_words_than_the_bound_is_left_to_fts5_and_still_finds_them()
    {
        await using var archive = await TestArchive.CreateAsync();
        var words = Enumerable.Range(0, PrefixExpansion.MaxWords + 1).Select(i => "quorum" + (char)('a' + i % 26) + (char)('a' + i / 26));
        await new ExtractionBuilder("Many Words", string.Join(' ', words) + ".").IngestAsync(archive.Ingestion);
        await using var db = archive.NewContext();

        var expanded = await PrefixExpansion.ExpandAsync(db, "(\"quorum\"*)", SqliteFullTextSearch.ArticleWords, CancellationToken.None);
        var page = await archive.Get<ArticleSearch>().SearchAsync(new ArticleSearchQuery("quorum*"));

        Assert.Equal("(\"quorum\"*)", expanded);
        Assert.Equal(["many-words"], page.Items.Select(h => h.Slug));
    }

    [Fact]
    public async Task A_longer_prefix_finds_the_same_articles_fts5s_own_prefix_query_finds_and_highlights_the_words()
    {
        await using var archive = await ArchiveAsync();

        var page = await archive.Get<ArticleSearch>().SearchAsync(new ArticleSearchQuery("budge*"));

        Assert.Equal(["budget-approved", "spending-review"], page.Items.Select(h => h.Slug).Order());
        var review = page.Items.Single(h => h.Slug == "spending-review");
        Assert.Equal(["budgeted", "budgetary"], review.Snippet.Parts.Where(p => p.Highlighted).Select(p => p.Text));
    }

    [Fact]
    public async Task An_excluded_longer_prefix_removes_every_article_with_one_of_its_words()
    {
        await using var archive = await ArchiveAsync();

        var page = await archive.Get<ArticleSearch>().SearchAsync(new ArticleSearchQuery("the -budge*"));

        Assert.Equal(["nudge-units"], page.Items.Select(h => h.Slug));
    }

    [Fact]
    public async Task Quote_search_expands_a_longer_prefix_from_the_quotes_own_words()
    {
        await using var archive = await ArchiveAsync();

        var page = await archive.Get<QuotesBySpeaker>().SearchAsync(new QuoteSearchQuery(Text: "budge*"));

        var quote = Assert.Single(page.Items);
        Assert.Equal("Budgets are choices,", quote.Text);
    }
}
