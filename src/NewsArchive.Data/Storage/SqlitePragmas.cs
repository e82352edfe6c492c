using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NewsArchive.Data.Storage;

/// <summary>
/// Sets up every connection for a web app and a CLI sharing one file: WAL so readers never block the
/// writer, a busy timeout so writers queue instead of failing, foreign keys on (also in the connection string),
/// and a 32 MiB page cache instead of SQLite's 2 MiB default: at 100,000 articles the indexes a bulk load and the
/// query pages touch (FTS segments, per-entity mention and quote ranges) no longer fit in 2 MiB. The cache
/// grows only as pages are read.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    internal const int BusyTimeoutMilliseconds = 10_000;

    private const string Sql =
        "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
