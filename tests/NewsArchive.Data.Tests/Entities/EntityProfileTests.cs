using NewsArchive.Data.Entities;
using NewsArchive.Extraction;

namespace NewsArchive.Data.Tests.Entities;

public sealed class EntityProfileTests
{
    [Fact]
    public async Task A_profile_has_roles_aliases_quotes_events_articles_and_co_mentions()
    {
        await using var archive = await ArchiveData.CreateAsync();

        var profile = await archive.Get<EntityProfile>().FindAsync("michael-hancock");

        Assert.NotNull(profile);
        Assert.Equal("Michael Hancock", profile.Entity.Name);
        Assert.Equal(["Mayor of Denver"], profile.Roles);
        Assert.Contains("Hancock", profile.Aliases);
        Assert.Equal(2, profile.ArticleCount);
        Assert.Equal(2, profile.QuoteCount);
        Assert.Equal(2, profile.Quotes.Count);
        Assert.Equal(["2018-01"], profile.Events.Select(e => e.Date.Iso));
        Assert.Equal(["hancock-pushes-back", "aclu-files-suit"], profile.Articles.Select(a => a.Slug));
        Assert.Equal(new CoMention(new NewsArchive.Data.Common.EntityRef("denver", "Denver", EntityKind.Place), 2), profile.CoMentioned[0]);
        Assert.DoesNotContain(profile.CoMentioned, c => c.Entity.Slug == "michael-hancock");
        Assert.DoesNotContain(profile.CoMentioned, c => c.Entity.Slug == "phil-weiser");
    }

    [Fact]
    public async Task An_unknown_slug_has_no_profile()
    {
        await using var archive = await ArchiveData.CreateAsync();

        Assert.Null(await archive.Get<EntityProfile>().FindAsync("nobody"));
    }

    [Fact]
    public async Task The_directory_finds_entities_by_name_prefix_and_kind()
    {
        await using var archive = await ArchiveData.CreateAsync();
        var directory = archive.Get<EntityDirectory>();

        var people = await directory.SearchAsync(new EntitySearchQuery(Kind: EntityKind.Person));
        var byPrefix = await directory.SearchAsync(new EntitySearchQuery("silv"));

        Assert.Equal(3, people.Total);
        Assert.Equal("Michael Hancock", people.Items[0].Entity.Name);
        Assert.Equal("mark-silverstein", Assert.Single(byPrefix.Items).Entity.Slug);
    }

    [Theory]
    [InlineData("michael-hancock", "Michael Hancock")]
    [InlineData("michael hancock", "Michael Hancock")]
    [InlineData("Silverstein", "Mark Silverstein")]
    public async Task Find_resolves_a_slug_a_name_or_an_unambiguous_alias(string text, string expected)
    {
        await using var archive = await ArchiveData.CreateAsync();

        Assert.Equal(expected, (await archive.Get<EntityDirectory>().FindAsync(text))?.Name);
    }

    [Fact]
    public async Task Article_and_quote_counts_follow_an_article_updated_in_place()
    {
        await using var archive = await TestArchive.CreateAsync();
        const string first = "\"We will build it,\" Ada Lovelace said. Ada Lovelace spoke twice. \"Soon,\" Ada Lovelace said.";
        await new ExtractionBuilder("Engine Plans", first).Person("Ada Lovelace")
            .Quote("We will build it,", "Ada Lovelace").Quote("Soon,", "Ada Lovelace")
            .IngestAsync(archive.Ingestion, sourcePath: "/news/engine.txt");
        const string second = "\"Numbers matter,\" Ada Lovelace said.";
        await new ExtractionBuilder("Numbers", second).Person("Ada Lovelace").Quote("Numbers matter,", "Ada Lovelace")
            .IngestAsync(archive.Ingestion, sourcePath: "/news/numbers.txt");
        var before = await archive.Get<EntityProfile>().FindAsync("ada-lovelace");

        const string rewritten = "Charles Babbage spoke instead. \"Later,\" Charles Babbage said.";
        var update = await new ExtractionBuilder("Engine Plans", rewritten).Person("Charles Babbage").Quote("Later,", "Charles Babbage")
            .IngestAsync(archive.Ingestion, sourcePath: "/news/engine.txt");
        var after = await archive.Get<EntityProfile>().FindAsync("ada-lovelace");
        var listed = await archive.Get<EntityDirectory>().SearchAsync(new EntitySearchQuery("ada"));

        Assert.Equal((2, 3), (before!.ArticleCount, before.QuoteCount));
        Assert.Equal(NewsArchive.Data.Ingestion.IngestionOutcome.Updated, update.Outcome);
        Assert.Equal((1, 1), (after!.ArticleCount, after.QuoteCount));
        Assert.Equal((1, 1), (listed.Items.Single().ArticleCount, listed.Items.Single().QuoteCount));
        Assert.Equal(["numbers"], after.Articles.Select(a => a.Slug));
    }
}
