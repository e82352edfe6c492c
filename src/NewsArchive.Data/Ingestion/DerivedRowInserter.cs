using System.Globalization;
using Microsoft.Data.Sqlite;
using NewsArchive.Data.Storage;
using NewsArchive.Extraction;

namespace NewsArchive.Data.Ingestion;

/// <summary>
/// Writes a new article's row and its mentions, quotes, events and event actors (nearly all of its rows), one
/// row per run of a statement prepared once for the writer's lifetime (<see cref="SqliteStatement"/>): through
/// EF's change tracker each row cost about 150 µs of CPU, through Microsoft.Data.Sqlite commands still ~1 µs per
/// value bound by name. The entities' article and quote counts are added up in memory and written once per
/// transaction (<see cref="FlushCounts"/>). The SQL is plain; running it through SQLitePCL is what makes this
/// class SQLite's (a PostgreSQL port would replace it, e.g. with COPY). The FTS triggers index the article and
/// its quotes as usual, inside the writer's transaction.
/// </summary>
internal sealed class DerivedRowInserter(SqliteConnection connection) : IDisposable
{
    /// <summary>Rows per multi-row INSERT.</summary>
    private const int RowsPerStatement = 16;

    private readonly Dictionary<string, SqliteStatement> _statements = [];
    private readonly Dictionary<(string Table, int Rows), SqliteStatement> _multiRowInserts = [];
    private readonly Dictionary<int, (int Articles, int Quotes)> _counts = [];
    private long _dataVersion = -1;

    /// <summary>A row to write; entity ids are known by now (SaveChanges ran).</summary>
    public sealed record Rows(
        IReadOnlyList<(int EntityId, TextSpan Span)> Mentions,
        IReadOnlyList<(ExtractedQuote Quote, int? SpeakerId)> Quotes,
        IReadOnlyList<(ExtractedEvent Event, IReadOnlyList<int> ActorIds)> Events);

    /// <summary>Inserts a new article's row (its FTS row comes from the trigger) and returns its id.</summary>
    public int InsertArticle(Model.Article article) => checked((int)Statement(
            """
            INSERT INTO "Articles" ("Slug", "Title", "Credit", "Source", "Author", "Url", "SourcePath", "PublishedOn", "PublishedPrecision",
                "PublishedInferred", "Body", "ContentHash", "ExtractorVersion", "IngestedAt", "UpdatedAt")
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)
            """)
        .Bind(1, article.Slug).Bind(2, article.Title).Bind(3, article.Credit).Bind(4, article.Source).Bind(5, article.Author)
        .Bind(6, article.Url).Bind(7, article.SourcePath).Bind(8, Day(article.PublishedOn)).Bind(9, (int?)article.PublishedPrecision)
        .Bind(10, article.PublishedInferred ? 1 : 0).Bind(11, article.Body).Bind(12, article.ContentHash).Bind(13, article.ExtractorVersion)
        .Bind(14, Timestamp(article.IngestedAt)).Bind(15, Timestamp(article.UpdatedAt))
        .Execute());

    /// <summary>
    /// Inserts the rows (with copies of the article's date for the speaker, profile and timeline indexes) and
    /// adds them to the entities' pending article and quote counts.
    /// </summary>
    public void Insert(int articleId, DateOnly? publishedOn, Rows rows)
    {
        var published = Day(publishedOn);
        // One row per entity with all its places (two extracted names may have resolved to the same entity).
        var mentions = rows.Mentions.GroupBy(m => m.EntityId, m => m.Span).ToList();
        InsertRows("Mentions", ["ArticleId", "EntityId", "Count", "Spans", "PublishedOn"], mentions, (statement, at, mention) =>
            statement.Bind(at, articleId).Bind(at + 1, mention.Key).Bind(at + 2, mention.Count()).Bind(at + 3, MentionSpans.Pack(mention)).Bind(at + 4, published));
        foreach (var mention in mentions) AddCounts(mention.Key, articles: 1, quotes: 0);

        InsertRows("Quotes", ["ArticleId", "SpeakerId", "Text", "Cue", "Start", "End", "PublishedOn"], rows.Quotes, (statement, at, quote) =>
            statement.Bind(at, articleId).Bind(at + 1, quote.SpeakerId).Bind(at + 2, quote.Quote.Text).Bind(at + 3, quote.Quote.Cue)
                .Bind(at + 4, quote.Quote.Span.Start).Bind(at + 5, quote.Quote.Span.End).Bind(at + 6, published));
        foreach (var speakerId in rows.Quotes.Select(q => q.SpeakerId).OfType<int>()) AddCounts(speakerId, articles: 0, quotes: 1);

        // An event's id is needed for its actors, so events go in one at a time.
        var happening = Statement(
            """INSERT INTO "Events" ("ArticleId", "StartDay", "EndDay", "Precision", "Text", "Start", "End") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)""");
        var actors = new List<(long EventId, int EntityId, string Start, string End, int Precision)>();
        foreach (var (extracted, actorIds) in rows.Events)
        {
            var (start, end, precision) = (Day(extracted.Date.Start)!, Day(extracted.Date.End)!, (int)extracted.Date.Precision);
            var eventId = happening.Bind(1, articleId).Bind(2, start).Bind(3, end).Bind(4, precision)
                .Bind(5, extracted.Text).Bind(6, extracted.Span.Start).Bind(7, extracted.Span.End).Execute();
            actors.AddRange(actorIds.Select(actorId => (eventId, actorId, start, end, precision)));
        }
        InsertRows("EventActors", ["EventId", "EntityId", "StartDay", "EndDay", "Precision"], actors, (statement, at, actor) =>
            statement.Bind(at, actor.EventId).Bind(at + 1, actor.EntityId).Bind(at + 2, actor.Start).Bind(at + 3, actor.End).Bind(at + 4, actor.Precision));
    }

    /// <summary>
    /// Up to <see cref="RowsPerStatement"/> rows per INSERT (one statement prepared per row count): every run of a
    /// statement opens a cursor on the table and on each of its indexes anew, which for a single row cost more
    /// than inserting it.
    /// </summary>
    private void InsertRows<T>(string table, string[] columns, IReadOnlyList<T> rows, Action<SqliteStatement, int, T> bind)
    {
        for (var first = 0; first < rows.Count; first += RowsPerStatement)
        {
            var count = Math.Min(RowsPerStatement, rows.Count - first);
            if (!_multiRowInserts.TryGetValue((table, count), out var statement))
            {
                var values = string.Join(", ", Enumerable.Range(0, count).Select(r =>
                    "(" + string.Join(", ", columns.Select((_, c) => $"?{r * columns.Length + c + 1}")) + ")"));
                _multiRowInserts[(table, count)] = statement =
                    Statement($"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES {values}");
            }
            for (var r = 0; r < count; r++) bind(statement, r * columns.Length + 1, rows[first + r]);
            statement.Execute();
        }
    }

    /// <summary>Writes the counts added up since the last flush; call before the transaction commits.</summary>
    public void FlushCounts()
    {
        var update = Statement("""UPDATE "Entities" SET "ArticleCount" = "ArticleCount" + ?2, "QuoteCount" = "QuoteCount" + ?3 WHERE "Id" = ?1""");
        foreach (var (entityId, (articles, quotes)) in _counts) update.Bind(1, entityId).Bind(2, articles).Bind(3, quotes).Execute();
        _counts.Clear();
    }

    /// <summary>Forgets counts not yet written (their transaction rolled back).</summary>
    public void DiscardCounts() => _counts.Clear();

    /// <summary>
    /// True when another connection has committed since the last call (the first call included): SQLite's
    /// data_version changes for every commit but this connection's own. Call inside the write transaction,
    /// which then keeps everyone else out until it ends.
    /// </summary>
    public bool OthersCommittedSinceLastAsked()
    {
        var version = Statement("PRAGMA data_version").ExecuteScalar();
        var changed = version != _dataVersion;
        _dataVersion = version;
        return changed;
    }

    public void Dispose()
    {
        foreach (var statement in _statements.Values) statement.Dispose();
        _statements.Clear();
        _multiRowInserts.Clear();
    }

    private void AddCounts(int entityId, int articles, int quotes)
    {
        var (a, q) = _counts.GetValueOrDefault(entityId);
        _counts[entityId] = (a + articles, q + quotes);
    }

    private SqliteStatement Statement(string sql)
    {
        if (!_statements.TryGetValue(sql, out var statement)) _statements[sql] = statement = new SqliteStatement(connection, sql);
        return statement;
    }

    // The forms EF Core's SQLite provider stores DateOnly and DateTime in, so SQL sorting, filtering and EF reads agree.
    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Timestamp(DateTime time) => time.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture);
}
