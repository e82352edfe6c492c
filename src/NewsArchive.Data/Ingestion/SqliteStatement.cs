using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace NewsArchive.Data.Ingestion;

/// <summary>
/// One SQL statement prepared once on the writer's open connection and run many times, its values bound by
/// position straight through SQLitePCL. Microsoft.Data.Sqlite binds every parameter by name (a UTF-8 copy of the
/// name and a lookup per value) and builds a data reader on every run: for the ~400 values an article writes
/// that cost more than SQLite's own work. It runs inside whatever transaction the connection has open.
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public SqliteStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection must be open to prepare a statement.");
        var rc = raw.sqlite3_prepare_v2(_db, sql, out _statement);
        if (rc != raw.SQLITE_OK)
        {
            _statement.Dispose();
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    public SqliteStatement Bind(int position, long value) => Check(raw.sqlite3_bind_int64(_statement, position, value));

    public SqliteStatement Bind(int position, long? value) =>
        value is { } number ? Bind(position, number) : Check(raw.sqlite3_bind_null(_statement, position));

    public SqliteStatement Bind(int position, string? value) =>
        Check(value is null ? raw.sqlite3_bind_null(_statement, position) : raw.sqlite3_bind_text(_statement, position, value));

    /// <summary>Runs the statement; returns the rowid of the row it inserted (SQLite's last insert rowid).</summary>
    public long Execute()
    {
        Step(expectRow: false);
        return raw.sqlite3_last_insert_rowid(_db);
    }

    /// <summary>Runs a statement that returns one integer (e.g. a PRAGMA).</summary>
    public long ExecuteScalar() => Step(expectRow: true);

    public void Dispose() => _statement.Dispose();

    private long Step(bool expectRow)
    {
        var rc = raw.sqlite3_step(_statement);
        try
        {
            if (rc == raw.SQLITE_DONE && !expectRow) return 0;
            if (rc == raw.SQLITE_ROW && expectRow) return raw.sqlite3_column_int64(_statement, 0);
            if (rc is not raw.SQLITE_ROW and not raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(rc, _db);
            throw new InvalidOperationException(expectRow ? "The statement returned no row." : "The statement returned rows.");
        }
        finally
        {
            // Ready for the next run, and holds nothing open when a transaction ends (a failed run included).
            raw.sqlite3_reset(_statement);
        }
    }

    private SqliteStatement Check(int rc)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, _db);
        return this;
    }
}
