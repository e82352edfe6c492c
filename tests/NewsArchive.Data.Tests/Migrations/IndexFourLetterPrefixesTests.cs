using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Data.Articles;
using NewsArchive.Data.Ingestion;
using NewsArchive.Data.Quotes;
using NewsArchive.Data.Search;

namespace NewsArchive.Data.Tests.Migrations;

public sealed class IndexFourLetterPrefixesTests : IAsyncDisposable
{
    private const string Before = "20261125023841_QueryIndexesAndCounts";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsarchive-tests", Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _services;

    public IndexFourLetterPrefixesTests()
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

    private async Task<string> FtsTableSqlAsync(string table)
    {
        await using var db = NewContext();
        return await db.Database.SqlQueryRaw<string>("SELECT sql AS Value FROM sqlite_master WHERE name = {0}", table).SingleAsync();
    }

    /// <summary>An archive written under the previous schema (prefix='2 3'), with an article and a quote.</summary>
    private async Task ArchiveBeforeTheMigrationAsync()
    {
        await MigrateToAsync(Before);
        var ingestion = _services.GetRequiredService<IngestionService>();
        await new ExtractionBuilder("Budget Approved", "The council approved the budget. \"Budgets are choices,\" the mayor said.")
            .Quote("Budgets are choices,", null).IngestAsync(ingestion);
    }

    [Fact]
    public async Task Migrating_rebuilds_both_fts_tables_with_four_letter_prefixes_and_keeps_existing_rows_searchable()
    {
        await ArchiveBeforeTheMigrationAsync();
        Assert.Contains("prefix='2 3')", await FtsTableSqlAsync("ArticlesFts"));

        await MigrateToAsync(null);

        Assert.Contains("prefix='2 3 4'", await FtsTableSqlAsync("ArticlesFts"));
        Assert.Contains("prefix='2 3 4'", await FtsTableSqlAsync("QuotesFts"));
        var articles = await _services.GetRequiredService<ArticleSearch>().SearchAsync(new ArticleSearchQuery("budg*"));
        var quotes = await _services.GetRequiredService<QuotesBySpeaker>().SearchAsync(new QuoteSearchQuery(Text: "budg*"));
        Assert.Equal(["budget-approved"], articles.Items.Select(h => h.Slug));
        Assert.Equal(["Budgets are choices,"], quotes.Items.Select(q => q.Text));
        await using var db = NewContext();
        await _services.GetRequiredService<SqliteFullTextSearch>().CheckIntegrityAsync(db);
    }

    [Fact]
    public async Task Rows_written_after_the_migration_are_indexed_by_the_recreated_triggers()
    {
        await ArchiveBeforeTheMigrationAsync();
        await MigrateToAsync(null);

        await new ExtractionBuilder("Spending Review", "Departments budgeted less this year.").IngestAsync(_services.GetRequiredService<IngestionService>());

        var page = await _services.GetRequiredService<ArticleSearch>().SearchAsync(new ArticleSearchQuery("budg*"));
        Assert.Equal(["budget-approved", "spending-review"], page.Items.Select(h => h.Slug).Order());
    }

    [Fact]
    public async Task Migrating_down_restores_the_previous_prefixes_and_drops_the_word_lists()
    {
        await ArchiveBeforeTheMigrationAsync();
        await MigrateToAsync(null);

        await MigrateToAsync(Before);

        Assert.Contains("prefix='2 3')", await FtsTableSqlAsync("ArticlesFts"));
        await using var db = NewContext();
        var wordLists = await db.Database.SqlQueryRaw<int>(
            "SELECT count(*) AS Value FROM sqlite_master WHERE name IN ({0}, {1})", SqliteFullTextSearch.ArticleWords, SqliteFullTextSearch.QuoteWords).SingleAsync();
        Assert.Equal(0, wordLists);
        var hits = await db.Database.SqlQueryRaw<long>("SELECT rowid AS Value FROM \"ArticlesFts\" WHERE \"ArticlesFts\" MATCH 'budg*'").ToListAsync();
        Assert.Single(hits);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
