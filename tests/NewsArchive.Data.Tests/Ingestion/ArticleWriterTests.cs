using Microsoft.EntityFrameworkCore;
using NewsArchive.Data.Ingestion;
using NewsArchive.Extraction;
using NewsArchive.Extraction.Dates;

namespace NewsArchive.Data.Tests.Ingestion;

public sealed class ArticleWriterTests
{
    [Fact]
    public async Task A_writer_kept_across_batches_resolves_to_an_entity_another_connection_stored_in_between()
    {
        await using var archive = await TestArchive.CreateAsync();
        await using var db = archive.NewContext();
        await using var writer = new ArticleWriter(db);
        // The first batch makes the writer look up "denver" and find no place of that name.
        var first = await writer.WriteAsync([Prepared(new ExtractionBuilder("Club News", "Denver signed a striker.").Organization("Denver"))], default);
        // Another connection stores the place meanwhile (as the web app's upload would).
        var elsewhere = await new ExtractionBuilder("City News", "Denver voted.").Place("Denver").IngestAsync(archive.Ingestion);

        var second = await writer.WriteAsync([Prepared(new ExtractionBuilder("More City News", "Denver voted again.").Place("Denver"))], default);

        Assert.Equal([IngestionOutcome.Archived, IngestionOutcome.Archived, IngestionOutcome.Archived],
            new[] { first[0], elsewhere, second[0] }.Select(r => r.Outcome));
        await using var check = archive.NewContext();
        var place = await check.Entities.SingleAsync(e => e.Kind == EntityKind.Place);
        Assert.Equal(2, place.ArticleCount);
        Assert.Equal(2, await check.Entities.CountAsync());
    }

    [Fact]
    public async Task A_writer_kept_across_batches_adds_no_alias_another_connection_already_stored()
    {
        await using var archive = await TestArchive.CreateAsync();
        await using var db = archive.NewContext();
        await using var writer = new ArticleWriter(db);
        await writer.WriteAsync([Prepared(new ExtractionBuilder("One", "Alice Walker spoke.").Person("Alice Walker"))], default);
        await new ExtractionBuilder("Two", "Mayor Alice Walker spoke.").Person("Alice Walker", ["Mayor Alice Walker"]).IngestAsync(archive.Ingestion);

        var third = await writer.WriteAsync(
            [Prepared(new ExtractionBuilder("Three", "Mayor Alice Walker spoke again.").Person("Alice Walker", ["Mayor Alice Walker"]))], default);

        Assert.Equal(IngestionOutcome.Archived, third[0].Outcome);
        await using var check = archive.NewContext();
        Assert.Equal(["mayor alice walker"], await check.EntityAliases.Select(a => a.NormalizedName).ToListAsync());
        Assert.Equal(3, await check.Entities.Select(e => e.ArticleCount).SingleAsync());
    }

    [Fact]
    public async Task Two_names_of_one_entity_in_an_article_are_stored_as_one_mention_row_with_the_places_of_both()
    {
        await using var archive = await TestArchive.CreateAsync();
        await new ExtractionBuilder("One", "Michael Hancock spoke.").Person("Michael Hancock", ["Hancock"]).IngestAsync(archive.Ingestion);

        // "Hancock" is a known alias of Michael Hancock by now, so both extracted names resolve to him.
        await new ExtractionBuilder("Two", "Michael Hancock spoke. Later Hancock left.", PartialDate.OfDay(new DateOnly(2020, 2, 3)))
            .Person("Michael Hancock").Person("Hancock").IngestAsync(archive.Ingestion);

        await using var check = archive.NewContext();
        var row = await check.Mentions.Where(m => m.Article!.Slug == "two").Select(m => new { m.Entity!.Slug, m.Count, m.Spans, m.PublishedOn }).SingleAsync();
        Assert.Equal("michael-hancock", row.Slug);
        Assert.Equal([new TextSpan(0, 15), new TextSpan(8, 15), new TextSpan(29, 36)], row.Spans);
        Assert.Equal((3, new DateOnly(2020, 2, 3)), (row.Count, row.PublishedOn));
        Assert.Equal(2, await check.Entities.Select(e => e.ArticleCount).SingleAsync());
    }

    [Fact]
    public async Task A_writer_takes_a_large_page_cache_while_it_writes_and_gives_its_connection_back_as_the_pool_set_it_up()
    {
        await using var archive = await TestArchive.CreateAsync();
        long whileWriting;
        await using (var db = archive.NewContext())
        {
            await using var writer = new ArticleWriter(db);
            await writer.WriteAsync([Prepared(new ExtractionBuilder("One", "Alice Walker spoke.").Person("Alice Walker"))], default);
            whileWriting = await Pragma(db, "cache_size");
        }

        // One connection in the pool, so the next context gets the writer's.
        await using var next = archive.NewContext();
        Assert.Equal(-262144, whileWriting);
        Assert.Equal(-32768, await Pragma(next, "cache_size"));
        Assert.Equal(1000, await Pragma(next, "wal_autocheckpoint"));
    }

    private static async Task<long> Pragma(ArchiveDbContext db, string name)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        var value = (long)(await command.ExecuteScalarAsync())!;
        if (opened) await db.Database.CloseConnectionAsync();
        return value;
    }

    private static PreparedArticle Prepared(ExtractionBuilder builder)
    {
        var extraction = builder.Build();
        return new PreparedArticle($"{extraction.Document.Title}.txt", null, extraction, ContentHash.Of(extraction.Document));
    }
}
