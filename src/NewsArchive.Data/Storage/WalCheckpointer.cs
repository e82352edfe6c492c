using Microsoft.Data.Sqlite;

namespace NewsArchive.Data.Storage;

/// <summary>
/// Checkpoints the WAL for a bulk writer on a connection and thread of its own. SQLite's automatic checkpoint runs
/// inside the committing connection: the single ingestion writer, the bound of a bulk load, stopped at every 8,192
/// pages to copy them into the database file and wait for two fsyncs (~0.1 s each time, ~0.4 ms per article at
/// 100,000 articles), while the other core had time to spare. Here a PASSIVE checkpoint starts after each commit
/// and runs beside the writer's next batch. A checkpoint lets the WAL start over only when it finishes with no write
/// transaction open, so once the WAL holds <see cref="RestartFrames"/> pages the writer waits for one between batches
/// (that one has only the last batch left to copy). A checkpoint that fails leaves its pages in the WAL, where every
/// reader finds them, and the next one tries again: committed articles never depend on it.
/// </summary>
internal sealed class WalCheckpointer : IAsyncDisposable
{
    /// <summary>WAL pages (4 KiB) after which the writer waits for a checkpoint so the WAL starts over: 128 MiB.</summary>
    internal const int DefaultRestartFrames = 32_768;

    private readonly SqliteConnection _connection;
    private readonly int _restartFrames;

    // The checkpoint in progress, or the last one: how many pages the WAL held when it ran.
    private Task<long> _running = Task.FromResult(0L);

    public WalCheckpointer(string connectionString, int restartFrames = DefaultRestartFrames)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        _restartFrames = restartFrames;
    }

    /// <summary>The checkpoint in progress (tests wait for it, to make its timing theirs).</summary>
    internal Task Running => _running;

    /// <summary>Call between transactions, after a commit: starts a checkpoint, or waits for one when the WAL is long.</summary>
    public async Task AfterCommitAsync()
    {
        if (!_running.IsCompleted) return;
        if (await _running < _restartFrames)
        {
            _running = Task.Run(Checkpoint);
            return;
        }
        // Nothing is open now, so this checkpoint can copy every page and the writer's next transaction restarts the WAL.
        Checkpoint();
        _running = Task.FromResult(0L);
    }

    /// <summary>Waits for the checkpoint in progress, then checkpoints what the writer's last batch left in the WAL.</summary>
    public async ValueTask DisposeAsync()
    {
        await _running;
        Checkpoint();
        await _connection.DisposeAsync();
    }

    private long Checkpoint()
    {
        try
        {
            if (_connection.State != System.Data.ConnectionState.Open) _connection.Open();
            using var command = _connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
            using var reader = command.ExecuteReader();
            // (busy, pages in the WAL, pages checkpointed); -1 pages when the database is not in WAL mode.
            return reader.Read() ? Math.Max(0, reader.GetInt64(1)) : 0;
        }
        catch (SqliteException)
        {
            return 0;
        }
    }
}
