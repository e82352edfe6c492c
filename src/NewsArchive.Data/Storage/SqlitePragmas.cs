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
