using Microsoft.EntityFrameworkCore;
using NewsArchive.Extraction;

namespace NewsArchive.Data.Tests.Ingestion;

public sealed class EntityResolverTests
{
    [Fact]
    public async Task The_same_name_and_kind_in_two_articles_is_one_entity()
    {
        await using var archive = await TestArchive.CreateAsync();
        await new ExtractionBuilder("One", "Michael Hancock spoke.").Person("Michael Hancock").IngestAsync(archive.Ingestion);
        await new ExtractionBuilder("Two", "Michael Hancock replied.").Person("Michael Hancock").IngestAsync(archive.Ingestion);

        await using var db = archive.NewContext();
        var entity = await db.Entities.SingleAsync();
        Assert.Equal("michael-hancock", entity.Slug);
        Assert.Equal(2, await db.Mentions.Where(m => m.EntityId == entity.Id).Select(m => m.ArticleId).Distinct().CountAsync());
    }

    [Fact]
    public async Task Names_differing_only_in_case_accents_and_full_stops_are_one_entity()
    {
        await using var archive = await TestArchive.CreateAsync();
        await new ExtractionBuilder("One", "José Martí wrote.").Person("José Martí").IngestAsync(archive.Ingestion);
        await new ExtractionBuilder("Two", "JOSE MARTI wrote.").Person("JOSE MARTI").IngestAsync(archive.Ingestion);

        await using var db = archive.NewContext();
        Assert.Equal("José Martí", await db.Entities.Select(e => e.CanonicalName).SingleAsync());
    }

    [Fact]
    public async Task The_same_name_of_another_kind_is_another_entity()
    {
        await using var archive = await TestArchive.CreateAsync();
        await new ExtractionBuilder("One", "Denver voted.").Place("Denver").IngestAsync(archive.Ingestion);
        await new ExtractionBuilder("Two", "Denver signed a striker.").Organization("Denver").IngestAsync(archive.Ingestion);

        await using var db = archive.NewContext();
        Assert.Equal(["denver", "denver-2"], await db.Entities.OrderBy(e => e.Id).Select(e => e.Slug).ToListAsync());
    }

    [Fact]
    public async Task A_new_alias_attaches_to_the_entity_it_belongs_to()
    {
        await using var archive = await TestArchive.CreateAsync();
        await new ExtractionBuilder("One", "Michael Hancock spoke. Hancock left.")
            .Person("Michael Hancock", ["Hancock"]).IngestAsync(archive.Ingestion);
        await new ExtractionBuilder("Two", "Denver Mayor Michael Hancock spoke. Mayor Hancock left.")
            .Person("Michael Hancock", ["Denver Mayor Michael Hancock", "Mayor Hancock"], ["Mayor of Denver"]).IngestAsync(archive.Ingestion);

        await using var db = archive.NewContext();
        var entity = await db.Entities.Include(e => e.Aliases).Include(e => e.Roles).SingleAsync();
        Assert.Equal(["Denver Mayor Michael Hancock", "Hancock", "Mayor Hancock"], entity.Aliases.Select(a => a.Name).Order());
        Assert.Equal(["Mayor of Denver"], entity.Roles.Select(r => r.Name));
    }

    [Fact]
    public async Task An_article_naming_an_entity_by_a_known_alias_joins_that_entity()
    {
        await using var archive = await TestArchive.CreateAsync();
        await new ExtractionBuilder("One", "U.S. Immigration and Customs Enforcement (ICE) said no.")
            .Organization("U.S. Immigration and Customs Enforcement", ["ICE"]).IngestAsync(archive.Ingestion);
        await new ExtractionBuilder("Two", "ICE said yes.").Organization("ICE").IngestAsync(archive.Ingestion);

        await using var db = archive.NewContext();
        var entity = await db.Entities.SingleAsync();
        Assert.Equal("U.S. Immigration and Customs Enforcement", entity.CanonicalName);
        Assert.Equal(2, await db.Mentions.Where(m => m.EntityId == entity.Id).Select(m => m.ArticleId).Distinct().CountAsync());
    }

    [Fact]
    public async Task A_bare_surname_joins_the_only_known_person_with_that_surname()
    {
        await using var archive = await TestArchive.CreateAsync();
        await new ExtractionBuilder("One", "Jeff Sessions spoke.").Person("Jeff Sessions").IngestAsync(archive.Ingestion);
        await new ExtractionBuilder("Two", "Sessions spoke again.").Person("Sessions").IngestAsync(archive.Ingestion);

        await using var db = archive.NewContext();
        var entity = await db.Entities.Include(e => e.Aliases).SingleAsync();
        Assert.Equal("Jeff Sessions", entity.CanonicalName);
        Assert.Contains(entity.Aliases, a => a.Name == "Sessions");
    }

    [Fact]
    public async Task An_ambiguous_surname_is_not_merged_into_either_known_person()
    {
        await using var archive = await TestArchive.CreateAsync();
        await new ExtractionBuilder("One", "John Smith spoke.").Person("John Smith").IngestAsync(archive.Ingestion);
        await new ExtractionBuilder("Two", "Jane Smith spoke.").Person("Jane Smith").IngestAsync(archive.Ingestion);

        await new ExtractionBuilder("Three", "Smith disagreed.").Person("Smith").IngestAsync(archive.Ingestion);
        await new ExtractionBuilder("Four", "Smith agreed.").Person("Smith").IngestAsync(archive.Ingestion);

        await using var db = archive.NewContext();
        Assert.Equal(["Jane Smith", "John Smith", "Smith"], await db.Entities.Select(e => e.CanonicalName).OrderBy(n => n).ToListAsync());
        Assert.Equal(1, await db.Mentions.CountAsync(m => m.Entity!.CanonicalName == "John Smith"));
        Assert.Equal(1, await db.Mentions.CountAsync(m => m.Entity!.CanonicalName == "Jane Smith"));
        Assert.Equal(2, await db.Mentions.CountAsync(m => m.Entity!.CanonicalName == "Smith"));
        Assert.Equal(0, await db.EntityAliases.CountAsync(a => a.Name == "Smith"));
    }

    [Fact]
    public async Task A_surname_shared_by_a_known_alias_and_another_persons_name_is_ambiguous()
    {
        await using var archive = await TestArchive.CreateAsync();
        await new ExtractionBuilder("One", "John Smith spoke. Smith left.").Person("John Smith", ["Smith"]).IngestAsync(archive.Ingestion);
        await new ExtractionBuilder("Two", "Jane Smith spoke.").Person("Jane Smith").IngestAsync(archive.Ingestion);

        await new ExtractionBuilder("Three", "Smith disagreed.").Person("Smith").IngestAsync(archive.Ingestion);

        await using var db = archive.NewContext();
        Assert.Equal(3, await db.Entities.CountAsync(e => e.Kind == EntityKind.Person));
    }

    [Fact]
    public async Task A_specific_alias_identifies_a_known_entity_under_a_new_canonical_name()
    {
        await using var archive = await TestArchive.CreateAsync();
        await new ExtractionBuilder("One", "Phil Weiser, the Attorney General, spoke.").Person("Phil Weiser").IngestAsync(archive.Ingestion);
        await new ExtractionBuilder("Two", "Attorney General Philip Weiser said Phil Weiser would sue.")
            .Person("Attorney General Philip Weiser", ["Phil Weiser"]).IngestAsync(archive.Ingestion);

        await using var db = archive.NewContext();
        var entity = await db.Entities.Include(e => e.Aliases).SingleAsync();
        Assert.Equal("Phil Weiser", entity.CanonicalName);
        Assert.Contains(entity.Aliases, a => a.Name == "Attorney General Philip Weiser");
    }

    [Fact]
    public async Task Quotes_and_event_actors_point_at_the_resolved_entities()
    {
        await using var archive = await TestArchive.CreateAsync();
        const string body = "\"We will not back down,\" Hancock said. In August 2017, Michael Hancock signed the ordinance.";
        await new ExtractionBuilder("One", body)
            .Person("Michael Hancock", ["Hancock"])
            .Quote("We will not back down,", "Michael Hancock")
            .Event(Extraction.Dates.PartialDate.OfMonth(2017, 8), "In August 2017, Michael Hancock signed the ordinance.", "Hancock")
            .IngestAsync(archive.Ingestion);

        await using var db = archive.NewContext();
        var id = await db.Entities.Select(e => e.Id).SingleAsync();
        Assert.Equal(id, await db.Quotes.Select(q => q.SpeakerId).SingleAsync());
        Assert.Equal(id, await db.EventActors.Select(a => a.EntityId).SingleAsync());
    }
}
