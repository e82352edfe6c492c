using Microsoft.EntityFrameworkCore;
using NewsArchive.Data.Common;
using NewsArchive.Extraction.Dates;

namespace NewsArchive.Data.Timeline;

/// <summary>
/// Events in time order: by the first day of each event's span, and on the same first day the coarser
/// date first ("2018" before "January 2018" before "1 January 2018"), so SQLite sorts it all in SQL.
/// A page is read in index order and stops at the page; its actors are fetched for the page's events only.
/// The total is counted up to <see cref="CountLimit"/> so that a long range never reads all its events.
/// </summary>
public sealed class EventTimeline(IDbContextFactory<ArchiveDbContext> contexts)
{
    /// <summary>
    /// Counted up to this many events; beyond, the page's total is capped (shown as "10,000+", 200 pages of 50).
    /// Counting a year of a million-article archive (~540,000 events) read all their index entries.
    /// </summary>
    internal const int CountLimit = 10_000;

    public async Task<Page<TimelineEvent>> ListAsync(TimelineQuery query, CancellationToken cancellationToken = default)
    {
        var (pageNumber, size, skip) = Page<TimelineEvent>.Normalize(query.Page, query.PageSize, maxPageSize: 500);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var selection = await SelectAsync(db, query, cancellationToken);
        if (selection is null) return new Page<TimelineEvent>([], 0, pageNumber, size);
        var counted = await selection.CountAsync(CountLimit + 1, cancellationToken);
        var items = await ProjectAsync(db, selection.Ordered.Skip(skip).Take(size), cancellationToken);
        return new Page<TimelineEvent>(items, Math.Min(counted, CountLimit), pageNumber, size, counted > CountLimit);
    }

    /// <summary>Every matching event, for exports.</summary>
    public async Task<IReadOnlyList<TimelineEvent>> AllAsync(TimelineQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var selection = await SelectAsync(db, query, cancellationToken);
        return selection is null ? [] : await ProjectAsync(db, selection.Ordered, cancellationToken);
    }

    /// <summary>The matching events in timeline order, and how to count them (up to a limit) from the index alone.</summary>
    private sealed record Selection(IQueryable<Model.Event> Ordered, Func<int, CancellationToken, Task<int>> CountAsync);

    /// <summary>
    /// Days before <paramref name="from"/> on which an event overlapping it can start. A span is a day, a month
    /// or a year (<see cref="DatePrecision"/>) and starts on its first day, so an event that starts before From and
    /// still overlaps it started on the 1st of From's month or on 1 January of From's year: those two days are
    /// seeks in the StartDay index, and everything else is read from From on, instead of a year before it.
    /// </summary>
    private static (DateOnly Year, DateOnly Month) EarlierStarts(DateOnly from) => (new DateOnly(from.Year, 1, 1), new DateOnly(from.Year, from.Month, 1));

    private static async Task<Selection?> SelectAsync(ArchiveDbContext db, TimelineQuery query, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(query.EntitySlug))
        {
            var entityId = await db.Entities.AsNoTracking().Where(e => e.Slug == query.EntitySlug).Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellationToken);
            if (entityId is not { } id) return null;
            // The actor rows carry the event's dates, so their (EntityId, StartDay, Precision, EventId) index gives
            // the entity's events in order and counts them.
            var actors = db.EventActors.AsNoTracking().Where(a => a.EntityId == id);
            var starting = actors;
            if (query.From is { } start) starting = starting.Where(a => a.StartDay >= start);
            if (query.To is { } end) starting = starting.Where(a => a.StartDay <= end);
            if (query.From is { } from && from.DayOfYear > 1)
            {
                var (year, month) = EarlierStarts(from);
                var earlier = actors.Where(a => (a.StartDay == year || a.StartDay == month) && a.StartDay < from && a.EndDay >= from);
                if (query.To is { } to) earlier = earlier.Where(a => a.StartDay <= to);
                starting = earlier.Concat(starting);
            }
            return new Selection(
                starting.OrderBy(a => a.StartDay).ThenBy(a => a.Precision).ThenBy(a => a.EventId).Select(a => a.Event!),
                (limit, token) => starting.Take(limit).CountAsync(token));
        }
        var events = db.Events.AsNoTracking();
        var within = events;
        if (query.From is { } first) within = within.Where(e => e.StartDay >= first);
        if (query.To is { } last) within = within.Where(e => e.StartDay <= last);
        if (query.From is { } rangeStart && rangeStart.DayOfYear > 1)
        {
            var (year, month) = EarlierStarts(rangeStart);
            var earlier = events.Where(e => (e.StartDay == year || e.StartDay == month) && e.StartDay < rangeStart && e.EndDay >= rangeStart);
            if (query.To is { } rangeEnd) earlier = earlier.Where(e => e.StartDay <= rangeEnd);
            // Both arms come in index order, so SQLite merges them (MERGE UNION ALL) and stops at the page.
            within = earlier.Concat(within);
        }
        return new Selection(
            within.OrderBy(e => e.StartDay).ThenBy(e => e.Precision).ThenBy(e => e.Id),
            (limit, token) => within.Take(limit).CountAsync(token));
    }

    /// <summary>The page's events with their articles, then their actors in one query keyed by the page's ids.</summary>
    private static async Task<IReadOnlyList<TimelineEvent>> ProjectAsync(ArchiveDbContext db, IQueryable<Model.Event> page, CancellationToken cancellationToken)
    {
        var rows = await page
            .Select(e => new { e.Id, e.StartDay, e.Precision, e.Text, e.Start, e.End, ArticleSlug = e.Article!.Slug, ArticleTitle = e.Article.Title })
            .ToListAsync(cancellationToken);
        var actors = await ActorsAsync(db, rows.Select(r => r.Id).ToList(), cancellationToken);
        return rows.Select(e => new TimelineEvent(
            e.Id,
            new PartialDateView(e.StartDay, e.Precision),
            e.Text,
            actors.TryGetValue(e.Id, out var list) ? list : [],
            e.ArticleSlug,
            e.ArticleTitle,
            new Extraction.TextSpan(e.Start, e.End))).ToList();
    }

    /// <summary>Each event's actors ordered by name, for the given events (read in chunks to keep the IN lists short).</summary>
    internal static async Task<IReadOnlyDictionary<int, IReadOnlyList<EntityRef>>> ActorsAsync(
        ArchiveDbContext db, IReadOnlyList<int> eventIds, CancellationToken cancellationToken)
    {
        var result = new Dictionary<int, IReadOnlyList<EntityRef>>();
        foreach (var chunk in eventIds.Chunk(500))
        {
            var rows = await db.EventActors.AsNoTracking()
                .Where(a => chunk.Contains(a.EventId))
                .Select(a => new { a.EventId, a.Entity!.Slug, a.Entity.CanonicalName, a.Entity.Kind })
                .ToListAsync(cancellationToken);
            foreach (var group in rows.GroupBy(r => r.EventId))
            {
                result[group.Key] = group.OrderBy(r => r.CanonicalName, StringComparer.Ordinal)
                    .Select(r => new EntityRef(r.Slug, r.CanonicalName, r.Kind)).ToList();
            }
        }
        return result;
    }
}
