using System.Diagnostics;
using Microsoft.Data.Sqlite;
using NewsArchive.Benchmarks.Reporting;

namespace NewsArchive.Benchmarks.Queries;

/// <summary>
/// Builds the archive for the optional 1,000,000-article query run by copying an ingested archive's articles
/// <c>factor</c> times over. Each copy gets new ids (slug and content hash suffixed) with its mentions, quotes,
/// events and event actors; entities are shared and their stored counts scaled; the FTS triggers index every copy
/// as ingestion does. Ingesting a million generated articles through the writer takes hours on this machine; a copy
/// keeps the generated corpus's term statistics (every posting list grows exactly <c>factor</c> times) at a
/// fraction of the cost. What it does not measure is the writer itself: that is the ingest suite's job.
/// </summary>
public static class ArchiveReplicator
{
    // The rows that belong to one article; entities, aliases and roles are shared by every copy.
    private static readonly string[] CopiedTables = ["Articles", "Mentions", "Quotes", "Events", "EventActors"];

    public static string Run(string source, int factor, string target, Report report)
    {
        if (factor < 2) throw new ArgumentOutOfRangeException(nameof(factor), "A replication factor is 2 or more.");
        var clock = Stopwatch.StartNew();
        File.Copy(source, target, overwrite: true);
        using var connection = new SqliteConnection($"Data Source={target};Pooling=False");
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-1048576;");

        var maxIds = new Dictionary<string, long>
        {
            ["Articles"] = Scalar(connection, "SELECT max(Id) FROM Articles"),
            ["Quotes"] = Scalar(connection, "SELECT max(Id) FROM Quotes"),
            ["Events"] = Scalar(connection, "SELECT max(Id) FROM Events"),
        };
        var articles = Scalar(connection, "SELECT count(*) FROM Articles");
        report.Line($"Replicating {articles:N0} articles ×{factor} from {Path.GetFileName(source)} into {Path.GetFileName(target)}.");

        for (var copy = 1; copy < factor; copy++)
        {
            using var transaction = connection.BeginTransaction();
            foreach (var table in CopiedTables)
                Execute(connection, CopySql(connection, table, copy, maxIds), transaction);
            transaction.Commit();
            report.Line($"  copy {copy}/{factor - 1} done, {clock.Elapsed.TotalMinutes:N1} min");
        }
        Execute(connection, $"UPDATE Entities SET ArticleCount = ArticleCount * {factor}, QuoteCount = QuoteCount * {factor};");
        Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
        report.Row("replicated archive", $"{articles * factor:N0} articles",
            $"{new FileInfo(target).Length / 1024.0 / 1024 / 1024:N1} GiB, built in {clock.Elapsed.TotalMinutes:N1} min");
        return target;
    }

    // INSERT INTO t (cols) SELECT (cols shifted by this copy's offsets) FROM t WHERE the row belongs to the original.
    private static string CopySql(SqliteConnection connection, string table, int copy, Dictionary<string, long> maxIds)
    {
        var columns = Columns(connection, table);
        var expressions = columns.Select(column => (table, column) switch
        {
            (_, "Id") => $"\"Id\" + {copy * maxIds[table]}",
            (_, "ArticleId") => $"\"ArticleId\" + {copy * maxIds["Articles"]}",
            (_, "EventId") => $"\"EventId\" + {copy * maxIds["Events"]}",
            ("Articles", "Slug" or "ContentHash") => $"\"{column}\" || '-copy{copy}'",
            _ => $"\"{column}\"",
        });
        var original = table switch
        {
            "EventActors" => $"\"EventId\" <= {maxIds["Events"]}",
            "Mentions" => $"\"ArticleId\" <= {maxIds["Articles"]}",
            _ => $"\"Id\" <= {maxIds[table]}",
        };
        var list = string.Join(", ", columns.Select(c => $"\"{c}\""));
        return $"INSERT INTO \"{table}\" ({list}) SELECT {string.Join(", ", expressions)} FROM \"{table}\" WHERE {original};";
    }

    private static List<string> Columns(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
        using var reader = command.ExecuteReader();
        var columns = new List<string>();
        while (reader.Read()) columns.Add(reader.GetString(0));
        return columns;
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() is long value ? value : 0;
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }
}
