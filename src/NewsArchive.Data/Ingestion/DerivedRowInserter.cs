using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NewsArchive.Extraction;

namespace NewsArchive.Data.Ingestion;

/// <summary>
/// Writes a new article's row and its mentions, quotes, events and event actors (nearly all of its rows) with
/// prepared statements reused for the whole batch: through EF's change tracker each row cost about 150 µs of
/// CPU, which capped ingestion far below 500 articles/s. Mentions and event actors go several rows per
/// statement, and the entities' article and quote counts are added up in memory and written once per
/// transaction (<see cref="FlushCountsAsync"/>), because per-statement overhead, not SQLite's own work,
/// dominated. Plain SQL that PostgreSQL runs too (RETURNING included), inside the writer's transaction;
/// the FTS triggers index the article and its quotes as usual.
/// </summary>
internal sealed class DerivedRowInserter(ArchiveDbContext db) : IAsyncDisposable
{
    /// <summary>Rows per multi-row INSERT; a remainder uses a statement of its own size (at most this many shapes).</summary>
    private const int RowsPerStatement = 16;

    private readonly Dictionary<string, DbCommand> _commands = [];
    private readonly Dictionary<int, (int Articles, int Quotes)> _counts = [];
    private readonly Dictionary<(string Table, int Rows), string> _insertSql = [];

    /// <summary>A row to write; entity ids are known by now (SaveChanges ran).</summary>
    public sealed record Rows(
        IReadOnlyList<(int EntityId, TextSpan Span)> Mentions,
        IReadOnlyList<(ExtractedQuote Quote, int? SpeakerId)> Quotes,
        IReadOnlyList<(ExtractedEvent Event, IReadOnlyList<int> ActorIds)> Events);

    /// <summary>Inserts a new article's row (its FTS row comes from the trigger) and returns its id.</summary>
    public async Task<int> InsertArticleAsync(Model.Article article, CancellationToken cancellationToken)
    {
        var id = await Command(
            """
            INSERT INTO "Articles" ("Slug", "Title", "Credit", "Source", "Author", "Url", "SourcePath", "PublishedOn", "PublishedPrecision",
                "PublishedInferred", "Body", "ContentHash", "ExtractorVersion", "IngestedAt", "UpdatedAt")
            VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14) RETURNING "Id"
            """,
            article.Slug, article.Title, article.Credit, article.Source, article.Author, article.Url, article.SourcePath,
            article.PublishedOn is { } day ? Day(day) : null, (int?)article.PublishedPrecision, article.PublishedInferred,
            article.Body, article.ContentHash, article.ExtractorVersion, article.IngestedAt, article.UpdatedAt).ExecuteScalarAsync(cancellationToken);
        return Convert.ToInt32(id, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Inserts the rows (with copies of the article's date for the speaker, profile and timeline indexes) and
    /// adds them to the entities' pending article and quote counts.
    /// </summary>
    public async Task InsertAsync(int articleId, DateOnly? publishedOn, Rows rows, CancellationToken cancellationToken)
    {
        var published = publishedOn is { } day ? Day(day) : null;
        await InsertManyAsync("Mentions", ["ArticleId", "EntityId", "Start", "End", "PublishedOn"],
            rows.Mentions.Select(m => new object?[] { articleId, m.EntityId, m.Span.Start, m.Span.End, published }).ToList(), cancellationToken);
        foreach (var entityId in rows.Mentions.Select(m => m.EntityId).Distinct()) AddCounts(entityId, articles: 1, quotes: 0);
        foreach (var (quote, speakerId) in rows.Quotes)
        {
            await Command(
                """INSERT INTO "Quotes" ("ArticleId", "SpeakerId", "Text", "Cue", "Start", "End", "PublishedOn") VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6)""",
                articleId, speakerId, quote.Text, quote.Cue, quote.Span.Start, quote.Span.End, published).ExecuteNonQueryAsync(cancellationToken);
            if (speakerId is { } speaker) AddCounts(speaker, articles: 0, quotes: 1);
        }
        var actors = new List<object?[]>();
        foreach (var (happening, actorIds) in rows.Events)
        {
            var eventId = Convert.ToInt32(await Command(
                """INSERT INTO "Events" ("ArticleId", "StartDay", "EndDay", "Precision", "Text", "Start", "End") VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6) RETURNING "Id" """,
                articleId, Day(happening.Date.Start), Day(happening.Date.End), (int)happening.Date.Precision,
                happening.Text, happening.Span.Start, happening.Span.End).ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            foreach (var actorId in actorIds)
                actors.Add([eventId, actorId, Day(happening.Date.Start), Day(happening.Date.End), (int)happening.Date.Precision]);
        }
        await InsertManyAsync("EventActors", ["EventId", "EntityId", "StartDay", "EndDay", "Precision"], actors, cancellationToken);
    }

    /// <summary>Writes the counts added up since the last flush; call before the transaction commits.</summary>
    public async Task FlushCountsAsync(CancellationToken cancellationToken)
    {
        foreach (var (entityId, (articles, quotes)) in _counts)
        {
            await Command("""UPDATE "Entities" SET "ArticleCount" = "ArticleCount" + @p1, "QuoteCount" = "QuoteCount" + @p2 WHERE "Id" = @p0""",
                entityId, articles, quotes).ExecuteNonQueryAsync(cancellationToken);
        }
        _counts.Clear();
    }

    /// <summary>Forgets counts not yet written (their transaction rolled back).</summary>
    public void DiscardCounts() => _counts.Clear();

    private void AddCounts(int entityId, int articles, int quotes)
    {
        var (a, q) = _counts.GetValueOrDefault(entityId);
        _counts[entityId] = (a + articles, q + quotes);
    }

    /// <summary>INSERTs of up to <see cref="RowsPerStatement"/> rows each; the statement for each row count is prepared once.</summary>
    private async Task InsertManyAsync(string table, string[] columns, IReadOnlyList<object?[]> rows, CancellationToken cancellationToken)
    {
        foreach (var chunk in rows.Chunk(RowsPerStatement))
        {
            if (!_insertSql.TryGetValue((table, chunk.Length), out var sql))
            {
                var values = string.Join(", ", Enumerable.Range(0, chunk.Length).Select(r =>
                    "(" + string.Join(", ", Enumerable.Range(0, columns.Length).Select(c => $"@p{r * columns.Length + c}")) + ")"));
                _insertSql[(table, chunk.Length)] = sql = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES {values}";
            }
            await Command(sql, chunk.SelectMany(row => row).ToArray()).ExecuteNonQueryAsync(cancellationToken);
        }
    }

    // EF Core's SQLite provider stores DateOnly as yyyy-MM-dd text; the same form keeps SQL sorting and filtering right.
    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private DbCommand Command(string sql, params object?[] values)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            for (var i = 0; i < values.Length; i++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = $"@p{i}";
                command.Parameters.Add(parameter);
            }
            _commands[sql] = command;
        }
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values) await command.DisposeAsync();
    }
}
