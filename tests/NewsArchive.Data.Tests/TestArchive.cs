using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Data.Ingestion;

namespace NewsArchive.Data.Tests;

/// <summary>A real, migrated SQLite archive file in its own temp folder, wired exactly as a host wires it.</summary>
public sealed class TestArchive : IAsyncDisposable
{
    public string Folder { get; }
    public string DatabasePath { get; }
    public ServiceProvider Services { get; }

    private TestArchive(string folder, IReadOnlyDictionary<string, string?>? settings)
    {
        Folder = folder;
        DatabasePath = Path.Combine(folder, "db", "archive.db");
        var values = new Dictionary<string, string?> { ["ConnectionStrings:Archive"] = $"Data Source={DatabasePath}" };
        if (settings is not null) foreach (var (k, v) in settings) values[k] = v;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        Services = new ServiceCollection().AddArchive(configuration).BuildServiceProvider();
    }

    public static async Task<TestArchive> CreateAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "newsarchive-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var archive = new TestArchive(folder, settings);
        await archive.Get<ArchiveInitializer>().MigrateAsync();
        return archive;
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public IngestionService Ingestion => Get<IngestionService>();

    public ArchiveDbContext NewContext() => Get<IDbContextFactory<ArchiveDbContext>>().CreateDbContext();

    /// <summary>Writes an article file under the temp folder and returns its path.</summary>
    public string WriteArticle(string name, string title, params string[] paragraphs)
    {
        var path = Path.Combine(Folder, "articles", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, title + "\n\n" + string.Join("\n\n", paragraphs) + "\n");
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
