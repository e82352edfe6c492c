using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NewsArchive.Data.Ingestion;

namespace NewsArchive.Data.Tests.Ingestion;

public sealed class ArchiveInitializerTests
{
    private static string SeedsFolder => Path.Combine(AppContext.BaseDirectory, "Seeds");

    [Fact]
    public async Task Initialize_ingests_every_seed_when_the_archive_is_empty()
    {
        await using var archive = await TestArchive.CreateAsync();

        var results = await archive.Get<ArchiveInitializer>().InitializeAsync(SeedsFolder);

        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Equal(IngestionOutcome.Archived, r.Outcome));
        await using var db = archive.NewContext();
        Assert.Equal(Directory.GetFiles(SeedsFolder).Length, await db.Articles.CountAsync());
        Assert.Contains(await db.Articles.Select(a => a.Slug).ToListAsync(), s => s.StartsWith("hancock-dismisses-trump-tweet", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Initialize_does_nothing_when_the_archive_already_has_articles()
    {
        await using var archive = await TestArchive.CreateAsync();
        var own = archive.WriteArticle("own.txt", "An Article Of Our Own", "Its only paragraph.");
        await archive.Ingestion.IngestFileAsync(own);

        var results = await archive.Get<ArchiveInitializer>().InitializeAsync(SeedsFolder);

        Assert.Empty(results);
        await using var db = archive.NewContext();
        Assert.Equal(1, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task Initialize_creates_the_database_folder_and_applies_every_migration()
    {
        await using var archive = await TestArchive.CreateAsync();

        await archive.Get<ArchiveInitializer>().InitializeAsync(seedsFolder: null);

        Assert.True(File.Exists(archive.DatabasePath));
        await using var db = archive.NewContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Contains("FullTextSearch", string.Join(' ', await db.Database.GetAppliedMigrationsAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_announces_an_upgrade_of_an_archive_with_articles_before_applying_it()
    {
        await using var archive = await TestArchive.CreateAsync();
        await archive.Ingestion.IngestFileAsync(archive.WriteArticle("own.txt", "An Article Of Our Own", "Its only paragraph."));
        await using (var db = archive.NewContext())
        {
            await db.GetService<IMigrator>().MigrateAsync(LastMigrationBefore(db, "IndexFourLetterPrefixes"));
        }
        var notices = new List<string>();

        await archive.Get<ArchiveInitializer>().MigrateAsync(notices.Add);

        var notice = Assert.Single(notices);
        Assert.Contains("(1 article)", notice, StringComparison.Ordinal);
        Assert.Contains("IndexFourLetterPrefixes", notice, StringComparison.Ordinal);
        await using var after = archive.NewContext();
        Assert.Empty(await after.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Migrate_announces_nothing_for_a_new_archive_or_one_already_up_to_date()
    {
        await using var archive = await TestArchive.CreateAsync();
        var notices = new List<string>();
        await archive.Ingestion.IngestFileAsync(archive.WriteArticle("own.txt", "An Article Of Our Own", "Its only paragraph."));

        await archive.Get<ArchiveInitializer>().MigrateAsync(notices.Add);

        Assert.Empty(notices);
    }

    private static string LastMigrationBefore(ArchiveDbContext db, string name)
    {
        var all = db.Database.GetMigrations().ToList();
        return all[all.FindIndex(m => m.EndsWith("_" + name, StringComparison.Ordinal)) - 1];
    }
}
