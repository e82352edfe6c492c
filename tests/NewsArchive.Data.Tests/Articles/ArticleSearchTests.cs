using NewsArchive.Data.Articles;
using NewsArchive.Extraction.Dates;

namespace NewsArchive.Data.Tests.Articles;

public sealed class ArticleSearchTests
{
    private static async Task<TestArchive> ArchiveAsync(int? rankedMatchLimit = null)
    {
        var archive = await TestArchive.CreateAsync(rankedMatchLimit is { } limit
            ? new Dictionary<string, string?> { ["Archive:RankedMatchLimit"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture) }
            : null);
        await new ExtractionBuilder("Sanctuary City Debate Heats Up", "Denver officials debated the sanctuary policy. Immigration agents disagreed.", PartialDate.OfDay(new DateOnly(2019, 4, 12)))
            .Place("Denver").IngestAsync(archive.Ingestion);
        await new ExtractionBuilder("Budget Approved", "The city council approved the budget. A sanctuary was mentioned once in passing.", PartialDate.OfDay(new DateOnly(2018, 6, 1)))
            .IngestAsync(archive.Ingestion);
        await new ExtractionBuilder("Immigrants Rally Downtown", "Immigrants and supporters rallied in Denver. The sanctuary city question came up again.", PartialDate.OfDay(new DateOnly(2017, 8, 20)))
            .Place("Denver").IngestAsync(archive.Ingestion);
        return archive;
    }

    [Fact]
    public async Task Search_finds_matching_articles_and_ranks_a_title_hit_first()
    {
        await using var archive = await ArchiveAsync();

        var page = await archive.Get<ArticleSearch>().SearchAsync(new ArticleSearchQuery("sanctuary"));

        Assert.Equal(3, page.Total);
        Assert.Equal("sanctuary-city-debate-heats-up", page.Items[0].Slug);
    }

    [Fact]
    public async Task Snippets_highlight_the_matched_words_as_parts_not_markup()
    {
        await using var archive = await ArchiveAsync();

        var hit = (await archive.Get<ArticleSearch>().SearchAsync(new ArticleSearchQuery("budget"))).Items.Single();

        Assert.Contains(hit.Snippet.Parts, p => p.Highlighted && p.Text == "budget");
        Assert.Contains(hit.TitleHighlight.Parts, p => p.Highlighted && p.Text == "Budget");
        Assert.DoesNotContain('\u0002', hit.Snippet.Text);
        Assert.DoesNotContain("<", hit.Snippet.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_prefix_query_matches_longer_words()
    {
        await using var archive = await ArchiveAsync();

        var page = await archive.Get<ArticleSearch>().SearchAsync(new ArticleSearchQuery("immig*"));

        Assert.Equal(["immigrants-rally-downtown", "sanctuary-city-debate-heats-up"], page.Items.Select(h => h.Slug).Order());
    }

    [Fact]
    public async Task A_phrase_query_needs_the_words_together()
    {
        await using var archive = await ArchiveAsync();

        var phrase = await archive.Get<ArticleSearch>().SearchAsync(new ArticleSearchQuery("\"sanctuary city\""));
        var words = await archive.Get<ArticleSearch>().SearchAsync(new ArticleSearchQuery("sanctuary city"));

        Assert.Equal(["immigrants-rally-downtown", "sanctuary-city-debate-heats-up"], phrase.Items.Select(h => h.Slug).Order());
        Assert.Equal(3, words.Total);
    }

    [Fact]
    public async Task An_excluded_word_removes_articles()
    {
        await using var archive = await ArchiveAsync();

        var page = await archive.Get<ArticleSearch>().SearchAsync(new ArticleSearchQuery("sanctuary -budget"));

        Assert.Equal(2, page.Total);
        Assert.DoesNotContain(page.Items, h => h.Slug == "budget-approved");
    }

    [Fact]
    public async Task The_date_range_filter_applies_after_matching()
    {
        await using var archive = await ArchiveAsync();

        var page = await archive.Get<ArticleSearch>().SearchAsync(new ArticleSearchQuery("sanctuary", From: new DateOnly(2018, 1, 1), To: new DateOnly(2018, 12, 31)));

        Assert.Equal("budget-approved", Assert.Single(page.Items).Slug);
        Assert.Equal(1, page.Total);
    }

    [Fact]
    public async Task The_entity_filter_keeps_articles_that_mention_the_entity()
    {
        await using var archive = await ArchiveAsync();

        var page = await archive.Get<ArticleSearch>().SearchAsync(new ArticleSearchQuery("sanctuary", EntitySlug: "denver"));
        var unknown = await archive.Get<ArticleSearch>().SearchAsync(new ArticleSearchQuery("sanctuary", EntitySlug: "nobody"));

        Assert.Equal(2, page.Total);
        Assert.DoesNotContain(page.Items, h => h.Slug == "budget-approved");
        Assert.Equal(0, unknown.Total);
    }

    [Fact]
    public async Task Results_are_paged_with_the_total_of_all_pages()
    {
        await using var archive = await ArchiveAsync();

        var first = await archive.Get<ArticleSearch>().SearchAsync(new ArticleSearchQuery("sanctuary", Page: 1, PageSize: 2));
        var second = await archive.Get<ArticleSearch>().SearchAsync(new ArticleSearchQuery("sanctuary", Page: 2, PageSize: 2));

        Assert.Equal(2, first.Items.Count);
        Assert.Single(second.Items);
        Assert.Equal(3, second.Total);
        Assert.Equal(2, second.TotalPages);
        Assert.Empty(first.Items.Select(h => h.Slug).Intersect(second.Items.Select(h => h.Slug)));
    }

    [Fact]
    public async Task A_blank_query_lists_the_newest_articles_with_their_first_line()
    {
        await using var archive = await ArchiveAsync();

        var page = await archive.Get<ArticleSearch>().SearchAsync(new ArticleSearchQuery("  "));

        Assert.Equal(["sanctuary-city-debate-heats-up", "budget-approved", "immigrants-rally-downtown"], page.Items.Select(h => h.Slug));
        Assert.StartsWith("Denver officials", page.Items[0].Snippet.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_updated_article_is_found_by_its_new_words_only()
    {
        await using var archive = await TestArchive.CreateAsync();
        var path = archive.WriteArticle("a.txt", "Weather Report", "Expect heavy snowfall tonight.");
        await archive.Ingestion.IngestFileAsync(path);
        archive.WriteArticle("a.txt", "Weather Report", "Expect sunshine tonight.");
        await archive.Ingestion.IngestFileAsync(path);

        var search = archive.Get<ArticleSearch>();
        Assert.Equal(0, (await search.SearchAsync(new ArticleSearchQuery("snowfall"))).Total);
        Assert.Equal(1, (await search.SearchAsync(new ArticleSearchQuery("sunshine"))).Total);
    }

    [Fact]
    public async Task More_matches_than_the_ranking_bound_come_newest_archived_first_with_a_capped_total()
    {
        await using var archive = await ArchiveAsync(rankedMatchLimit: 2);

        var page = await archive.Get<ArticleSearch>().SearchAsync(new ArticleSearchQuery("sanctuary"));

        Assert.Equal(2, page.Total);
        Assert.True(page.TotalIsCapped);
        Assert.Equal(["immigrants-rally-downtown", "budget-approved", "sanctuary-city-debate-heats-up"], page.Items.Select(h => h.Slug));
        Assert.Contains(page.Items[0].Snippet.Parts, p => p.Highlighted && p.Text == "sanctuary");
    }

    [Fact]
    public async Task Matches_up_to_the_ranking_bound_are_ranked_and_counted_exactly()
    {
        await using var archive = await ArchiveAsync(rankedMatchLimit: 3);

        var page = await archive.Get<ArticleSearch>().SearchAsync(new ArticleSearchQuery("sanctuary"));

        Assert.Equal(3, page.Total);
        Assert.False(page.TotalIsCapped);
        Assert.Equal("sanctuary-city-debate-heats-up", page.Items[0].Slug);
    }

    [Fact]
    public async Task A_filter_counts_toward_the_bound_only_the_matches_it_keeps()
    {
        await using var archive = await ArchiveAsync(rankedMatchLimit: 2);

        var page = await archive.Get<ArticleSearch>().SearchAsync(new ArticleSearchQuery("sanctuary", From: new DateOnly(2018, 1, 1)));

        Assert.Equal(2, page.Total);
        Assert.False(page.TotalIsCapped);
        Assert.Equal(["sanctuary-city-debate-heats-up", "budget-approved"], page.Items.Select(h => h.Slug));
    }

    [Fact]
    public async Task Listing_without_words_caps_its_total_at_the_same_bound()
    {
        await using var archive = await ArchiveAsync(rankedMatchLimit: 2);

        var page = await archive.Get<ArticleSearch>().SearchAsync(new ArticleSearchQuery());

        Assert.Equal(2, page.Total);
        Assert.True(page.TotalIsCapped);
        Assert.Equal(3, page.Items.Count);
    }
}
