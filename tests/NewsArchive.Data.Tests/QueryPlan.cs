using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace NewsArchive.Data.Tests;

/// <summary>SQLite's EXPLAIN QUERY PLAN for the SQL EF Core makes of a query: one line per step ("SCAN …", "SEARCH …").</summary>
public static class QueryPlan
{
    public static async Task<List<string>> OfAsync(string databasePath, IQueryable query)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        // ToQueryString gives the parameters as sqlite3-shell ".param set @name 'value'" lines, then the SQL.
        var lines = query.ToQueryString().Split('\n');
        foreach (var parameter in lines.Where(l => l.StartsWith(".param set ", StringComparison.Ordinal)).Select(l => l.Split(' ', 4)))
            command.Parameters.AddWithValue(parameter[2], parameter[3].Trim().Trim('\''));
        command.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', lines.Where(l => !l.StartsWith(".param", StringComparison.Ordinal)));
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) plan.Add(reader.GetString(3));
        return plan;
    }
}
