using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace NewsArchive.Data.Storage;

/// <summary>
/// A number that moves on whenever anything is committed to the archive, by any process: this app's uploads
/// and inbox as well as the CLI writing the same file. It is SQLite's data_version, read on a connection of its
/// own that never writes, for which it changes exactly when another connection has committed. Provider-specific
/// (SQLite's pragma), so it lives with the other storage code; PostgreSQL would need its own signal.
/// </summary>
public sealed class ArchiveChanges(IConfiguration configuration) : IDisposable
{
    private readonly Lock _lock = new();
    private SqliteConnection? _connection;
    private SqliteCommand? _dataVersion;
    private long _lastDataVersion = long.MinValue;
    private long _generation;

    /// <summary>
    /// The archive's current generation, or null when it cannot be read (then nothing may be cached). Read it
    /// before reading the archive: what was read is then at least as new as the generation.
    /// </summary>
    public long? CurrentGeneration()
    {
        lock (_lock)
        {
            try
            {
                if (_dataVersion is null)
                {
                    // Not from the pool: this connection stays open for the app's lifetime.
                    _connection = new SqliteConnection(new SqliteConnectionStringBuilder(ArchiveConnectionString.Resolve(configuration))
                    {
                        Pooling = false,
                    }.ToString());
                    _connection.Open();
                    _dataVersion = _connection.CreateCommand();
                    _dataVersion.CommandText = "PRAGMA data_version";
                }
                var version = (long)_dataVersion.ExecuteScalar()!;
                if (version != _lastDataVersion)
                {
                    _lastDataVersion = version;
                    _generation++;
                }
                return _generation;
            }
            catch (SqliteException)
            {
                Reset();
                return null;
            }
        }
    }

    public void Dispose()
    {
        lock (_lock) Reset();
    }

    private void Reset()
    {
        _dataVersion?.Dispose();
        _connection?.Dispose();
        _dataVersion = null;
        _connection = null;
        // A new connection's data_version is not comparable with the old one's.
        _lastDataVersion = long.MinValue;
    }
}
