using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NewsArchive.Extraction;

namespace NewsArchive.Data.Ingestion;

/// <summary>
/// Writes an article's mentions, quotes, events and event actors (nearly all of its rows) with prepared
/// statements reused for the whole batch: through the change tracker each row cost about 150 µs of CPU,
/// which capped ingestion far below 500 articles/s. Plain SQL that PostgreSQL runs too (RETURNING included),
/// inside the writer's transaction; the FTS triggers index the quotes as usual.
/// </summary>
internal sealed class DerivedRowInserter(ArchiveDbContext db) : IAsyncDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = [];

    /// <summary>A row to write; entity ids are known by now (SaveChanges ran).</summary>
    public sealed record Rows(
        IReadOnlyList<(int EntityId, TextSpan Span)> Mentions,
        IReadOnlyList<(ExtractedQuote Quote, int? SpeakerId)> Quotes,
        IReadOnlyList<(ExtractedEvent Event, IReadOnlyList<int> ActorIds)> Events);

    /// <summary>
    /// Inserts the rows (with copies of the article's date for the speaker, profile and timeline indexes) and
    /// adds them to the entities' article and quote counts.
    /// </summary>
    public async Task InsertAsync(int articleId, DateOnly? publishedOn, Rows rows, CancellationToken cancellationToken)
    {
        var published = publishedOn is { } day ? Day(day) : null;
        foreach (var (entityId, span) in rows.Mentions)
        {
            await Command(
                """INSERT INTO "Mentions" ("ArticleId", "EntityId", "Start", "End", "PublishedOn") VALUES (@p0, @p1, @p2, @p3, @p4)""",
                articleId, entityId, span.Start, span.End, published).ExecuteNonQueryAsync(cancellationToken);
        }
        foreach (var entityId in rows.Mentions.Select(m => m.EntityId).Distinct())
        {
            await Command("""UPDATE "Entities" SET "ArticleCount" = "ArticleCount" + 1 WHERE "Id" = @p0""", entityId)
                .ExecuteNonQueryAsync(cancellationToken);
        }
        foreach (var (quote, speakerId) in rows.Quotes)
        {
            await Command(
                """INSERT INTO "Quotes" ("ArticleId", "SpeakerId", "Text", "Cue", "Start", "End", "PublishedOn") VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6)""",
                articleId, speakerId, quote.Text, quote.Cue, quote.Span.Start, quote.Span.End, published).ExecuteNonQueryAsync(cancellationToken);
        }
        foreach (var speaker in rows.Quotes.Where(q => q.SpeakerId is not null).GroupBy(q => q.SpeakerId!.Value))
        {
            await Command("""UPDATE "Entities" SET "QuoteCount" = "QuoteCount" + @p1 WHERE "Id" = @p0""", speaker.Key, speaker.Count())
                .ExecuteNonQueryAsync(cancellationToken);
        }
        foreach (var (happening, actorIds) in rows.Events)
        {
            var eventId = Convert.ToInt32(await Command(
                """INSERT INTO "Events" ("ArticleId", "StartDay", "EndDay", "Precision", "Text", "Start", "End") VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6) RETURNING "Id" """,
                articleId, Day(happening.Date.Start), Day(happening.Date.End), (int)happening.Date.Precision,
                happening.Text, happening.Span.Start, happening.Span.End).ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            foreach (var actorId in actorIds)
            {
                await Command(
                    """INSERT INTO "EventActors" ("EventId", "EntityId", "StartDay", "EndDay", "Precision") VALUES (@p0, @p1, @p2, @p3, @p4)""",
                    eventId, actorId, Day(happening.Date.Start), Day(happening.Date.End), (int)happening.Date.Precision)
                    .ExecuteNonQueryAsync(cancellationToken);
            }
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
