using Microsoft.Data.Sqlite;

namespace NewsArchive.EndToEnd.Tests.Infrastructure;

/// <summary>Plain SQL against an archive's SQLite file, to check what the app or CLI left in it.</summary>
public sealed class ArchiveFile(string path)
{
    // Default Timeout is also Microsoft.Data.Sqlite's busy timeout: wait for a writer instead of failing.
    private string ConnectionString => $"Data Source={path};Mode=ReadWrite;Pooling=False;Default Timeout=10";

    public long Scalar(string sql)
    {
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar());
    }

    /// <summary>Runs FTS5's own check that the index matches its content table; throws when it does not.</summary>
    public void CheckFullTextIndex(string table)
    {
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""INSERT INTO "{table}"("{table}", rank) VALUES ('integrity-check', 1);""";
        command.ExecuteNonQuery();
    }
}
