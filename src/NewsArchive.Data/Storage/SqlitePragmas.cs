using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NewsArchive.Data.Storage;

/// <summary>
/// Sets up every connection for a web app and a CLI sharing one file: WAL so readers never block the
/// writer, a busy timeout so writers queue instead of failing, foreign keys on (also in the connection string),
/// and a 32 MiB page cache instead of SQLite's 2 MiB default: at 100,000 articles the indexes a bulk load and the
/// query pages touch (FTS segments, per-entity mention and quote ranges) no longer fit in 2 MiB. The cache
/// grows only as pages are read.
/// These settings belong to the native connection, which Microsoft.Data.Sqlite's pool keeps open between
/// uses, so they are sent once per native connection rather than on every open (five statements per
/// query were a large share of a page's database time).
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    internal const int BusyTimeoutMilliseconds = 10_000;

    /// <summary>
    /// For the ingestion writer's connection while it lives: a 256 MiB page cache (it grows only as pages are read)
    /// and a checkpoint every 8,192 WAL pages instead of 1,000. At 100,000 articles one batch of 200 dirties ~9,000
    /// pages spread over the randomly keyed indexes (the entity/date indexes of mentions, quotes, events and
    /// actors; content hash, slug): with 32 MiB the cache spilled and re-read pages within a batch, and a
    /// checkpoint after every batch wrote each page again even when the next batch would dirty it once more.
    /// Measured on the writer alone at 100,000 articles: ~9 % less CPU per article (docs/benchmarks.md).
    /// </summary>
    internal const string BulkWriterSql = "PRAGMA cache_size = -262144; PRAGMA wal_autocheckpoint = 8192;";

    /// <summary>For a bulk writer whose WAL a <see cref="WalCheckpointer"/> checkpoints on another connection.</summary>
    internal const string NoAutomaticCheckpointSql = "PRAGMA wal_autocheckpoint = 0;";

    /// <summary>Puts the writer's connection back to what <see cref="Sql"/> set before the pool hands it to anyone else.</summary>
    internal const string BulkWriterUndoSql = "PRAGMA cache_size = -32768; PRAGMA wal_autocheckpoint = 1000;";

    private const string Sql =
        "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768;";

    // Native handles already set up; weak, so a handle the pool drops is forgotten with it.
    private static readonly ConditionalWeakTable<object, object> Configured = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!NeedsSetup(connection)) return;
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!NeedsSetup(connection)) return;
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static bool NeedsSetup(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || Configured.TryAdd(handle, handle);
}
