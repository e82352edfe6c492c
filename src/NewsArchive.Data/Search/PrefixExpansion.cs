using System.Data.Common;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace NewsArchive.Data.Search;

/// <summary>
/// Rewrites a prefix longer than the indexed ones ("budge*") as the words the index holds with that prefix
/// ("budget" OR "budgets"). FTS5 answers such a prefix by merging every matching word's whole doclist before
/// it returns a row, which costs in proportion to the archive; an OR of words is read incrementally, newest
/// first, like one word. Only ASCII prefixes are rewritten (their folding is plain lower-casing, exactly what
/// the unicode61 tokenizer does); others, and prefixes shared by more than <see cref="MaxWords"/> words, are
/// left to FTS5, which gives the same matches at the old cost.
/// </summary>
internal static class PrefixExpansion
{
    /// <summary>Longest prefix the FTS tables index (prefix='2 3 4'): those read their own doclist already.</summary>
    internal const int LongestIndexedPrefix = 4;

    /// <summary>Beyond this many words the OR would cost more than FTS5's own merge saves.</summary>
    internal const int MaxWords = 24;

    // A rendered single-word prefix term, "budge"*, of five or more ASCII letters and digits.
    private static readonly Regex LongPrefix = new("\"([A-Za-z0-9]{5,})\"\\*",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static async Task<string> ExpandAsync(ArchiveDbContext db, string match, string wordsTable, CancellationToken cancellationToken)
    {
        var prefixes = LongPrefix.Matches(match);
        if (prefixes.Count == 0) return match;
        var result = new StringBuilder();
        var last = 0;
        foreach (Match prefix in prefixes)
        {
            result.Append(match, last, prefix.Index - last);
            var words = await WordsAsync(db, prefix.Groups[1].Value.ToLowerInvariant(), wordsTable, cancellationToken);
            if (words is { Count: > 0 }) result.Append('(').AppendJoin(" OR ", words.Select(w => $"\"{w.Replace("\"", "\"\"", StringComparison.Ordinal)}\"")).Append(')');
            else result.Append(prefix.Value);
            last = prefix.Index + prefix.Length;
        }
        return result.Append(match, last, match.Length - last).ToString();
    }

    /// <summary>
    /// The words beginning with <paramref name="prefix"/>, or null when there are more than <see cref="MaxWords"/>.
    /// Each step seeks to the first word after the one before ("budget" + \u0001 skips exactly "budget"), so it
    /// reads one index entry per word instead of every occurrence.
    /// </summary>
    private static async Task<List<string>?> WordsAsync(ArchiveDbContext db, string prefix, string wordsTable, CancellationToken cancellationToken)
    {
        var end = prefix[..^1] + (char)(prefix[^1] + 1);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"""SELECT term FROM "{wordsTable}" WHERE term >= $from AND term < $end LIMIT 1""";
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var from = Parameter(command, "$from", prefix);
        Parameter(command, "$end", end);
        var words = new List<string>();
        while (await command.ExecuteScalarAsync(cancellationToken) is string word)
        {
            if (words.Count == MaxWords) return null;
            words.Add(word);
            from.Value = word + '\u0001';
        }
        return words;
    }

    private static DbParameter Parameter(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
