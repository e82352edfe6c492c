using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NewsArchive.Data.Common;
using NewsArchive.Data.Ingestion;

namespace NewsArchive.Data.Search;

/// <summary>
/// Every piece of provider-specific SQL: the FTS5 tables and triggers the migrations create, the MATCH
/// syntax, bm25 ranking and snippets. A PostgreSQL port replaces this class and the migration that uses it.
/// Queries match first and filter after (CROSS JOIN fixes SQLite's join order), so a filter on a
/// joined table never makes the planner scan it before the index.
/// </summary>
public sealed class SqliteFullTextSearch(ArchiveOptions options)
{
    /// <summary>Snippets for ids spread over at most this many rowids each are read by one range scan.</summary>
    private const int ShortRunPerId = 20;

    /// <summary>
    /// DDL for the FTS tables: external-content FTS5 over Articles and Quotes, kept in sync by triggers, with
    /// prefix indexes of the given lengths ("2 3 4"). Each migration passes its own lengths, so an old migration
    /// still builds what it built when it was written.
    /// </summary>
    internal static IReadOnlyList<string> CreateStatements(string prefixLengths) =>
    [
        $$"""
        CREATE VIRTUAL TABLE "ArticlesFts" USING fts5(
            "Title", "Body", content='Articles', content_rowid='Id',
            tokenize='unicode61 remove_diacritics 2', prefix='{{prefixLengths}}');
        """,
        """
        CREATE TRIGGER "Articles_FtsInsert" AFTER INSERT ON "Articles" BEGIN
            INSERT INTO "ArticlesFts"(rowid, "Title", "Body") VALUES (new."Id", new."Title", new."Body");
        END;
        """,
        """
        CREATE TRIGGER "Articles_FtsDelete" AFTER DELETE ON "Articles" BEGIN
            INSERT INTO "ArticlesFts"("ArticlesFts", rowid, "Title", "Body") VALUES ('delete', old."Id", old."Title", old."Body");
        END;
        """,
        """
        CREATE TRIGGER "Articles_FtsUpdate" AFTER UPDATE OF "Title", "Body" ON "Articles" BEGIN
            INSERT INTO "ArticlesFts"("ArticlesFts", rowid, "Title", "Body") VALUES ('delete', old."Id", old."Title", old."Body");
            INSERT INTO "ArticlesFts"(rowid, "Title", "Body") VALUES (new."Id", new."Title", new."Body");
        END;
        """,
        // A title hit weighs ten body hits; 'rank' then means this bm25 everywhere.
        """INSERT INTO "ArticlesFts"("ArticlesFts", rank) VALUES ('rank', 'bm25(10.0, 1.0)');""",
        $$"""
        CREATE VIRTUAL TABLE "QuotesFts" USING fts5(
            "Text", content='Quotes', content_rowid='Id',
            tokenize='unicode61 remove_diacritics 2', prefix='{{prefixLengths}}');
        """,
        """
        CREATE TRIGGER "Quotes_FtsInsert" AFTER INSERT ON "Quotes" BEGIN
            INSERT INTO "QuotesFts"(rowid, "Text") VALUES (new."Id", new."Text");
        END;
        """,
        """
        CREATE TRIGGER "Quotes_FtsDelete" AFTER DELETE ON "Quotes" BEGIN
            INSERT INTO "QuotesFts"("QuotesFts", rowid, "Text") VALUES ('delete', old."Id", old."Text");
        END;
        """,
        """
        CREATE TRIGGER "Quotes_FtsUpdate" AFTER UPDATE OF "Text" ON "Quotes" BEGIN
            INSERT INTO "QuotesFts"("QuotesFts", rowid, "Text") VALUES ('delete', old."Id", old."Text");
            INSERT INTO "QuotesFts"(rowid, "Text") VALUES (new."Id", new."Text");
        END;
        """,
    ];

    /// <summary>Re-indexes every existing row from the content tables (FTS5 'rebuild').</summary>
    internal static IReadOnlyList<string> RebuildStatements { get; } =
    [
        """INSERT INTO "ArticlesFts"("ArticlesFts") VALUES ('rebuild');""",
        """INSERT INTO "QuotesFts"("QuotesFts") VALUES ('rebuild');""",
    ];

    /// <summary>
    /// fts5vocab views of each FTS index, one row per stored word occurrence in word order: a range seek on them
    /// lists the words that begin with a prefix (<see cref="PrefixExpansion"/>). They store nothing themselves.
    /// </summary>
    internal static IReadOnlyList<string> WordListStatements { get; } =
    [
        $"""CREATE VIRTUAL TABLE "{ArticleWords}" USING fts5vocab('ArticlesFts', 'instance');""",
        $"""CREATE VIRTUAL TABLE "{QuoteWords}" USING fts5vocab('QuotesFts', 'instance');""",
    ];

    internal static IReadOnlyList<string> DropWordListStatements { get; } =
    [
        $"""DROP TABLE IF EXISTS "{QuoteWords}";""",
        $"""DROP TABLE IF EXISTS "{ArticleWords}";""",
    ];

    internal const string ArticleWords = "ArticlesFtsWords";
    internal const string QuoteWords = "QuotesFtsWords";

    internal static IReadOnlyList<string> DropStatements { get; } =
    [
        """DROP TRIGGER IF EXISTS "Quotes_FtsUpdate";""",
        """DROP TRIGGER IF EXISTS "Quotes_FtsDelete";""",
        """DROP TRIGGER IF EXISTS "Quotes_FtsInsert";""",
        """DROP TABLE IF EXISTS "QuotesFts";""",
        """DROP TRIGGER IF EXISTS "Articles_FtsUpdate";""",
        """DROP TRIGGER IF EXISTS "Articles_FtsDelete";""",
        """DROP TRIGGER IF EXISTS "Articles_FtsInsert";""",
        """DROP TABLE IF EXISTS "ArticlesFts";""",
    ];

    /// <summary>
    /// Renders what a user typed as an FTS5 MATCH expression, or null when nothing searchable is left.
    /// Each term is an FTS5 string (only letters, digits and spaces inside), so no input is ever a syntax error.
    /// </summary>
    public static string? ToMatchExpression(string? userText)
    {
        var terms = SearchTerms.Parse(userText);
        var included = terms.Where(t => !t.IsExcluded).ToList();
        if (included.Count == 0) return null;
        var match = new StringBuilder("(");
        match.AppendJoin(' ', included.Select(Render));
        match.Append(')');
        foreach (var excluded in terms.Where(t => t.IsExcluded)) match.Append(" NOT ").Append(Render(excluded));
        return match.ToString();
    }

    private static string Render(SearchTerm term) => $"\"{term.Words}\"{(term.IsPrefix ? "*" : "")}";

    /// <summary>
    /// Ids of articles matching <paramref name="match"/> for one page. Up to <see cref="ArchiveOptions.RankedMatchLimit"/>
    /// matches are ranked by bm25 and counted exactly; beyond that, ranking and counting every match would cost
    /// time in proportion to the matches (a word in 90 % of 100,000 articles), so they are listed newest archived
    /// first, which FTS5 reads in rowid order and stops after the page, and the total is reported as capped.
    /// </summary>
    public async Task<FullTextHits> SearchArticlesAsync(
        ArchiveDbContext db, string match, ArticleFilter filter, int skip, int take, CancellationToken cancellationToken)
    {
        match = await PrefixExpansion.ExpandAsync(db, match, ArticleWords, cancellationToken);
        var where = new StringBuilder("\"ArticlesFts\" MATCH $match");
        var parameters = new List<(string, object?)> { ("$match", match) };
        var needsJoin = AddArticleFilter(where, parameters, filter, "a", "\"ArticlesFts\".rowid");
        var from = needsJoin ? "\"ArticlesFts\" CROSS JOIN \"Articles\" a" : "\"ArticlesFts\"";
        var limit = Math.Max(1, options.RankedMatchLimit);
        var counted = await ScalarIntAsync(db,
            $"SELECT count(*) FROM (SELECT 1 FROM {from} WHERE {where} ORDER BY \"ArticlesFts\".rowid DESC LIMIT $limit)",
            [.. parameters, ("$limit", limit + 1)], cancellationToken);
        var capped = counted > limit;
        var total = Math.Min(counted, limit);
        if (total == 0 || (!capped && skip >= total)) return new FullTextHits(total, capped, [], match);
        var order = capped ? "\"ArticlesFts\".rowid DESC" : "\"ArticlesFts\".rank, \"ArticlesFts\".rowid DESC";
        var ids = await IdsAsync(db,
            $"SELECT \"ArticlesFts\".rowid FROM {from} WHERE {where} ORDER BY {order} LIMIT $take OFFSET $skip",
            [.. parameters, ("$take", take), ("$skip", skip)], cancellationToken);
        return new FullTextHits(total, capped, ids, match);
    }

    /// <summary>
    /// Highlighted title and a body snippet for each of <paramref name="ids"/>; <paramref name="match"/> is the expression
    /// the search ran (<see cref="FullTextHits.Match"/>), whose long prefixes are already read as their words.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, (Snippet Title, Snippet Body)>> ArticleSnippetsAsync(
        ArchiveDbContext db, string match, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var result = new Dictionary<int, (Snippet, Snippet)>();
        if (ids.Count == 0) return result;
        // "rowid IN (…)" restarts the MATCH for every id, re-reading a common word's doclist each time (~65 µs
        // per id for a word in 90 % of 10,000 articles). A page of newest-first hits is a short run of rowids,
        // so there one range scan serves them all, and only the page's own rows pay for snippet().
        var (min, max) = (ids.Min(), ids.Max());
        var idList = IdList(ids);
        var sql = (long)max - min < ShortRunPerId * (long)ids.Count
            ? $"""
              SELECT rowid,
                  CASE WHEN rowid IN ({idList}) THEN highlight("ArticlesFts", 0, char(2), char(3)) END,
                  CASE WHEN rowid IN ({idList}) THEN snippet("ArticlesFts", 1, char(2), char(3), '…', 24) END
              FROM "ArticlesFts" WHERE "ArticlesFts" MATCH $match AND rowid >= {min} AND rowid <= {max}
              """
            : $"""
              SELECT rowid, highlight("ArticlesFts", 0, char(2), char(3)), snippet("ArticlesFts", 1, char(2), char(3), '…', 24)
              FROM "ArticlesFts" WHERE "ArticlesFts" MATCH $match AND rowid IN ({idList})
              """;
        await using var command = await CommandAsync(db, sql, [("$match", match)], cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (reader.IsDBNull(1)) continue;
            result[reader.GetInt32(0)] = (Snippet.FromMarked(reader.GetString(1)), Snippet.FromMarked(reader.GetString(2)));
        }
        return result;
    }

    /// <summary>
    /// Ids of quotes matching <paramref name="match"/>, best first, with the total count and the expression run
    /// (long prefixes read as their words), which <see cref="QuoteHighlightsAsync"/> takes.
    /// </summary>
    public async Task<(int Total, IReadOnlyList<int> Ids, string Match)> SearchQuotesAsync(
        ArchiveDbContext db, string match, QuoteFilter filter, int skip, int take, CancellationToken cancellationToken)
    {
        match = await PrefixExpansion.ExpandAsync(db, match, QuoteWords, cancellationToken);
        var where = new StringBuilder("\"QuotesFts\" MATCH $match");
        var parameters = new List<(string, object?)> { ("$match", match) };
        var needsJoin = false;
        if (filter.SpeakerId is { } speaker)
        {
            where.Append(" AND q.\"SpeakerId\" = $speaker");
            parameters.Add(("$speaker", speaker));
            needsJoin = true;
        }
        var articleFilter = new ArticleFilter(filter.From, filter.To, null);
        var needsArticle = AddArticleFilter(where, parameters, articleFilter, "a", "q.\"ArticleId\"");
        needsJoin |= needsArticle;
        var from = "\"QuotesFts\"";
        if (needsJoin) from += " CROSS JOIN \"Quotes\" q";
        if (needsArticle) from += " CROSS JOIN \"Articles\" a";
        if (needsJoin) where.Append(" AND q.\"Id\" = \"QuotesFts\".rowid");

        var total = await ScalarIntAsync(db, $"SELECT count(*) FROM {from} WHERE {where}", parameters, cancellationToken);
        if (total == 0 || skip >= total) return (total, [], match);
        parameters.Add(("$take", take));
        parameters.Add(("$skip", skip));
        var ids = await IdsAsync(db,
            $"SELECT \"QuotesFts\".rowid FROM {from} WHERE {where} ORDER BY \"QuotesFts\".rank LIMIT $take OFFSET $skip",
            parameters, cancellationToken);
        return (total, ids, match);
    }

    /// <summary>Each quote's whole text with the matched words highlighted; <paramref name="match"/> as the search ran it.</summary>
    public async Task<IReadOnlyDictionary<int, Snippet>> QuoteHighlightsAsync(
        ArchiveDbContext db, string match, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var result = new Dictionary<int, Snippet>();
        if (ids.Count == 0) return result;
        var sql = $"""
            SELECT rowid, highlight("QuotesFts", 0, char(2), char(3))
            FROM "QuotesFts" WHERE "QuotesFts" MATCH $match AND rowid IN ({IdList(ids)})
            """;
        await using var command = await CommandAsync(db, sql, [("$match", match)], cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) result[reader.GetInt32(0)] = Snippet.FromMarked(reader.GetString(1));
        return result;
    }

    /// <summary>Checks both FTS indexes against their tables (FTS5 'integrity-check'); throws when they disagree.</summary>
    public async Task CheckIntegrityAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        await db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "ArticlesFts"("ArticlesFts", rank) VALUES ('integrity-check', 1);""", cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "QuotesFts"("QuotesFts", rank) VALUES ('integrity-check', 1);""", cancellationToken);
    }

    /// <summary>Appends the filters; true when they read the article row (dates), so the query must join Articles.</summary>
    private static bool AddArticleFilter(StringBuilder where, List<(string, object?)> parameters, ArticleFilter filter, string alias, string articleId)
    {
        var any = false;
        if (filter.From is { } from)
        {
            where.Append($" AND {alias}.\"PublishedOn\" >= $from");
            parameters.Add(("$from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            any = true;
        }
        if (filter.To is { } to)
        {
            where.Append($" AND {alias}.\"PublishedOn\" <= $to");
            parameters.Add(("$to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            any = true;
        }
        if (filter.EntityId is { } entity)
        {
            // Asked of the (ArticleId, EntityId) index with the matched id itself: no need to read the article row.
            where.Append($" AND EXISTS (SELECT 1 FROM \"Mentions\" m WHERE m.\"ArticleId\" = {articleId} AND m.\"EntityId\" = $entity)");
            parameters.Add(("$entity", entity));
        }
        if (any) where.Append($" AND {alias}.\"Id\" = {articleId}");
        return any;
    }

    private static string IdList(IEnumerable<int> ids) => string.Join(',', ids.Select(i => i.ToString(CultureInfo.InvariantCulture)));

    private static async Task<DbCommand> CommandAsync(
        ArchiveDbContext db, string sql, IEnumerable<(string Name, object? Value)> parameters, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private static async Task<int> ScalarIntAsync(
        ArchiveDbContext db, string sql, IEnumerable<(string, object?)> parameters, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync(db, sql, parameters, cancellationToken);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task<IReadOnlyList<int>> IdsAsync(
        ArchiveDbContext db, string sql, IEnumerable<(string, object?)> parameters, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync(db, sql, parameters, cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<int>();
        while (await reader.ReadAsync(cancellationToken)) ids.Add(reader.GetInt32(0));
        return ids;
    }
}

/// <summary>
/// One page of full-text matches: <see cref="Ids"/> in result order, and <see cref="Total"/> matches in all, or
/// at least that many when <see cref="TotalIsCapped"/> (then the order is newest archived first, not by rank);
/// <see cref="Match"/> is the expression run, long prefixes read as their words, for the snippets of the same search.
/// </summary>
public sealed record FullTextHits(int Total, bool TotalIsCapped, IReadOnlyList<int> Ids, string Match);

/// <summary>Article filters the FTS query applies after matching.</summary>
public sealed record ArticleFilter(DateOnly? From, DateOnly? To, int? EntityId);

/// <summary>Quote filters the FTS query applies after matching.</summary>
public sealed record QuoteFilter(int? SpeakerId, DateOnly? From, DateOnly? To);
