using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Data;
using NewsArchive.Data.Ingestion;

namespace NewsArchive.Benchmarks;

/// <summary>The data layer wired exactly as the web app and CLI wire it (AddArchive), on a SQLite file of our choosing.</summary>
public sealed class ArchiveHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private ArchiveHost(string databasePath)
    {
        DatabasePath = databasePath;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Archive"] = $"Data Source={databasePath}" })
            .Build();
        _services = new ServiceCollection().AddArchive(configuration).BuildServiceProvider();
    }

    public string DatabasePath { get; }

    public static async Task<ArchiveHost> OpenAsync(string databasePath)
    {
        var host = new ArchiveHost(databasePath);
        await host.Get<ArchiveInitializer>().MigrateAsync();
        return host;
    }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public async Task<ArchiveDbContext> NewContextAsync() =>
        await Get<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync();

    /// <summary>Folds the WAL into the main file so the file size is the archive's real size.</summary>
    public async Task<long> CheckpointedSizeAsync()
    {
        await using (var db = await NewContextAsync())
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        var wal = new FileInfo(DatabasePath + "-wal");
        return new FileInfo(DatabasePath).Length + (wal.Exists ? wal.Length : 0);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
