using Microsoft.EntityFrameworkCore;

namespace NewsArchive.Data.Ingestion;

/// <summary>Start-up for any host: applies migrations, then seeds an empty archive. Does nothing to an archive with rows.</summary>
public sealed class ArchiveInitializer(IDbContextFactory<ArchiveDbContext> contexts, IngestionService ingestion)
{
    /// <summary>Returns the seed results, empty when the archive already had articles or there is no seeds folder.</summary>
    public async Task<IReadOnlyList<IngestionResult>> InitializeAsync(string? seedsFolder, CancellationToken cancellationToken = default)
    {
        await MigrateAsync(cancellationToken);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (await db.Articles.AnyAsync(cancellationToken)) return [];
        }
        if (string.IsNullOrWhiteSpace(seedsFolder) || !Directory.Exists(seedsFolder)) return [];
        return await ingestion.IngestFolderAsync(seedsFolder, cancellationToken: cancellationToken);
    }

    /// <summary>Brings the schema up to date (EF Core's migration lock keeps two hosts from racing).</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }
}
