using Microsoft.EntityFrameworkCore;

namespace NewsArchive.Data.Ingestion;

/// <summary>Start-up for any host: applies migrations, then seeds an empty archive. Does nothing to an archive with rows.</summary>
public sealed class ArchiveInitializer(IDbContextFactory<ArchiveDbContext> contexts, IngestionService ingestion)
{
    /// <summary>Returns the seed results, empty when the archive already had articles or there is no seeds folder.</summary>
    /// <param name="seedsFolder">Ingested when the archive is empty.</param>
    /// <param name="announce">Told, before a long wait, that an existing archive is being upgraded (see <see cref="MigrateAsync"/>).</param>
    /// <param name="cancellationToken">Stops between steps.</param>
    public async Task<IReadOnlyList<IngestionResult>> InitializeAsync(
        string? seedsFolder, Action<string>? announce = null, CancellationToken cancellationToken = default)
    {
        await MigrateAsync(announce, cancellationToken);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (await db.Articles.AnyAsync(cancellationToken)) return [];
        }
        if (string.IsNullOrWhiteSpace(seedsFolder) || !Directory.Exists(seedsFolder)) return [];
        return await ingestion.IngestFolderAsync(seedsFolder, cancellationToken: cancellationToken);
    }

    /// <summary>Brings the schema up to date (EF Core's migration lock keeps two hosts from racing).</summary>
    /// <param name="announce">
    /// Told what is about to happen when an archive that already holds articles has migrations to apply: a migration
    /// that rebuilds the search index re-reads every article, minutes on a large archive, and a silent pause on start
    /// looks like a hang.
    /// </param>
    /// <param name="cancellationToken">Stops before migrating.</param>
    public async Task MigrateAsync(Action<string>? announce = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (announce is not null && await UpgradeNoticeAsync(db, cancellationToken) is { } notice) announce(notice);
        await db.Database.MigrateAsync(cancellationToken);
    }

    private static async Task<string?> UpgradeNoticeAsync(ArchiveDbContext db, CancellationToken cancellationToken)
    {
        if (!(await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Any()) return null;
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0) return null;
        var articles = await db.Articles.CountAsync(cancellationToken);
        if (articles == 0) return null;
        var names = string.Join(", ", pending.Select(MigrationName));
        return $"Upgrading the archive ({articles:N0} article{(articles == 1 ? "" : "s")}) to this version's schema: {names}. "
            + "A change to the search index re-reads every article (about 7 minutes per 100,000); the archive opens when it is done.";
    }

    /// <summary>"20261125085900_IndexFourLetterPrefixes" → "IndexFourLetterPrefixes".</summary>
    private static string MigrationName(string id) => id[(id.IndexOf('_') + 1)..];
}
