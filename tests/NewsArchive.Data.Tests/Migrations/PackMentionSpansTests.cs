using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Data.Articles;
using NewsArchive.Data.Entities;
using NewsArchive.Extraction;

namespace NewsArchive.Data.Tests.Migrations;

public sealed class PackMentionSpansTests : IAsyncDisposable
{
    private const string Before = "20261125085900_IndexFourLetterPrefixes";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsarchive-tests", Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _services;

    // A row per place, as the previous schema stored them: (ArticleId, EntityId, Start, End, PublishedOn), in Id order.
    private static readonly (int Article, int Entity, int Start, int End, string? Day)[] PlacesBefore =
    [
        (1, 1, 30, 35, "2019-04-12"),
        (1, 1, 0, 14, "2019-04-12"),
        (1, 1, 0, 5, "2019-04-12"),
        (1, 2, 18, 24, "2019-04-12"),
        (2, 1, 4, 9, null),
    ];

    public PackMentionSpansTests()
    {
        Directory.CreateDirectory(_folder);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Archive"] = $"Data Source={Path.Combine(_folder, "archive.db")}",
        }).Build();
        _services = new ServiceCollection().AddArchive(configuration).BuildServiceProvider();
    }

    private ArchiveDbContext NewContext() => _services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>().CreateDbContext();

    private async Task MigrateToAsync(string? migration)
    {
        await using var db = NewContext();
        await db.GetService<IMigrator>().MigrateAsync(migration);
    }

    /// <summary>Two articles and two entities under the previous schema, their mentions a row per place.</summary>
    private async Task ArchiveBeforeTheMigrationAsync()
    {
        await MigrateToAsync(Before);
        await using var db = NewContext();
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO "Articles" ("Id", "Slug", "Title", "PublishedOn", "PublishedPrecision", "PublishedInferred", "Body", "ContentHash", "ExtractorVersion", "IngestedAt", "UpdatedAt")
            VALUES (1, 'hancock-speaks', 'Hancock Speaks', '2019-04-12', 3, 0, 'Mayor Hancock of Denver spoke. Then Hancock left.', 'a', 1, '2026-11-25 00:00:00', '2026-11-25 00:00:00'),
                   (2, 'undated', 'Undated', NULL, NULL, 0, 'Now Hancock is back.', 'b', 1, '2026-11-25 00:00:00', '2026-11-25 00:00:00');
            INSERT INTO "Entities" ("Id", "Kind", "CanonicalName", "NormalizedName", "Surname", "Slug", "ArticleCount", "QuoteCount")
            VALUES (1, 0, 'Michael Hancock', 'michael hancock', 'hancock', 'michael-hancock', 2, 0),
                   (2, 2, 'Denver', 'denver', NULL, 'denver', 1, 0);
            """);
        foreach (var (article, entity, start, end, day) in PlacesBefore)
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "Mentions" ("ArticleId", "EntityId", "Start", "End", "PublishedOn") VALUES ({article}, {entity}, {start}, {end}, {day})""");
    }

    [Fact]
    public async Task Migrating_packs_each_articles_places_of_an_entity_into_one_row_in_text_order()
    {
        await ArchiveBeforeTheMigrationAsync();

        await MigrateToAsync(null);

        await using var db = NewContext();
        var rows = await db.Mentions.OrderBy(m => m.ArticleId).ThenBy(m => m.EntityId)
            .Select(m => new { m.ArticleId, m.EntityId, m.Count, m.Spans, m.PublishedOn }).ToListAsync();
        Assert.Equal(3, rows.Count);
        Assert.Equal((1, 1, 3, new DateOnly(2019, 4, 12)), (rows[0].ArticleId, rows[0].EntityId, rows[0].Count, rows[0].PublishedOn));
        // Places with the same start keep the order they were stored in (their Id order).
        Assert.Equal([new TextSpan(0, 14), new TextSpan(0, 5), new TextSpan(30, 35)], rows[0].Spans);
        Assert.Equal((1, 2, 1), (rows[1].ArticleId, rows[1].EntityId, rows[1].Count));
        Assert.Equal([new TextSpan(18, 24)], rows[1].Spans);
        Assert.Equal((2, 1, 1, (DateOnly?)null), (rows[2].ArticleId, rows[2].EntityId, rows[2].Count, rows[2].PublishedOn));
        Assert.Equal([new TextSpan(4, 9)], rows[2].Spans);
    }

    [Fact]
    public async Task After_migrating_the_article_page_and_the_profile_read_the_carried_over_mentions()
    {
        await ArchiveBeforeTheMigrationAsync();

        await MigrateToAsync(null);

        var article = await _services.GetRequiredService<ArticleBySlug>().FindAsync("hancock-speaks");
        Assert.Equal(["michael-hancock", "denver"], article!.Entities.Select(e => e.Entity.Slug));
        Assert.Equal([new TextSpan(0, 14), new TextSpan(0, 5), new TextSpan(30, 35)], article.Entities[0].Mentions);
        var profile = await _services.GetRequiredService<EntityProfile>().FindAsync("michael-hancock");
        Assert.Equal(["hancock-speaks", "undated"], profile!.Articles.Select(a => a.Slug));
        Assert.Equal("denver", Assert.Single(profile.CoMentioned).Entity.Slug);
    }

    [Fact]
    public async Task Migrating_down_gives_back_a_row_per_place()
    {
        await ArchiveBeforeTheMigrationAsync();
        await MigrateToAsync(null);

        await MigrateToAsync(Before);

        await using var db = NewContext();
        var places = await db.Database.SqlQueryRaw<string>(
            """SELECT "ArticleId" || ' ' || "EntityId" || ' ' || "Start" || ' ' || "End" || ' ' || coalesce("PublishedOn", '-') AS Value FROM "Mentions" ORDER BY "Id" """)
            .ToListAsync();
        Assert.Equal(
            PlacesBefore.OrderBy(p => p.Article).ThenBy(p => p.Entity).ThenBy(p => p.Start).Select(p => $"{p.Article} {p.Entity} {p.Start} {p.End} {p.Day ?? "-"}"),
            places);
        var indexes = await db.Database.SqlQueryRaw<string>(
            """SELECT name AS Value FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Mentions' ORDER BY name""").ToListAsync();
        Assert.Equal(["IX_Mentions_ArticleId_EntityId", "IX_Mentions_EntityId_PublishedOn_ArticleId"], indexes);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
