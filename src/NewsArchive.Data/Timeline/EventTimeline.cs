using Microsoft.EntityFrameworkCore;
using NewsArchive.Data.Common;

namespace NewsArchive.Data.Timeline;

/// <summary>
/// Events in time order: by the first day of each event's span, and on the same first day the coarser
/// date first ("2018" before "January 2018" before "1 January 2018"), so SQLite sorts it all in SQL.
/// A page is read in index order and stops at the page; its actors are fetched for the page's events only.
/// </summary>
public sealed class EventTimeline(IDbContextFactory<ArchiveDbContext> contexts)
{
    public async Task<Page<TimelineEvent>> ListAsync(TimelineQuery query, CancellationToken cancellationToken = default)
    {
        var (pageNumber, size, skip) = Page<TimelineEvent>.Normalize(query.Page, query.PageSize, maxPageSize: 500);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var selection = await SelectAsync(db, query, cancellationToken);
        if (selection is null) return new Page<TimelineEvent>([], 0, pageNumber, size);
        var total = await selection.CountAsync(cancellationToken);
        var items = await ProjectAsync(db, selection.Ordered.Skip(skip).Take(size), cancellationToken);
        return new Page<TimelineEvent>(items, total, pageNumber, size);
    }

    /// <summary>Every matching event, for exports.</summary>
    public async Task<IReadOnlyList<TimelineEvent>> AllAsync(TimelineQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var selection = await SelectAsync(db, query, cancellationToken);
        return selection is null ? [] : await ProjectAsync(db, selection.Ordered, cancellationToken);
    }

    /// <summary>The matching events in timeline order, and how to count them without touching more rows than needed.</summary>
    private sealed record Selection(IQueryable<Model.Event> Ordered, Func<CancellationToken, Task<int>> CountAsync);

    private static async Task<Selection?> SelectAsync(ArchiveDbContext db, TimelineQuery query, CancellationToken cancellationToken)
    {
        // An event spans at most a year, so "ends on or after From" also bounds its first day: the
        // StartDay indexes then start near From instead of at the beginning of time.
        var earliestStart = query.From?.AddYears(-1);
        if (!string.IsNullOrWhiteSpace(query.EntitySlug))
        {
            var entityId = await db.Entities.AsNoTracking().Where(e => e.Slug == query.EntitySlug).Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellationToken);
            if (entityId is not { } id) return null;
            // The actor rows carry the event's dates, so their (EntityId, StartDay, Precision, EventId) index gives
            // the entity's events in order and counts them, however many it has.
            var actors = db.EventActors.AsNoTracking().Where(a => a.EntityId == id);
            if (query.From is { } start) actors = actors.Where(a => a.EndDay >= start && a.StartDay > earliestStart);
            if (query.To is { } end) actors = actors.Where(a => a.StartDay <= end);
            return new Selection(
                actors.OrderBy(a => a.StartDay).ThenBy(a => a.Precision).ThenBy(a => a.EventId).Select(a => a.Event!),
                actors.CountAsync);
        }
        var events = db.Events.AsNoTracking();
        if (query.From is { } from) events = events.Where(e => e.EndDay >= from && e.StartDay > earliestStart);
        if (query.To is { } to) events = events.Where(e => e.StartDay <= to);
        return new Selection(events.OrderBy(e => e.StartDay).ThenBy(e => e.Precision).ThenBy(e => e.Id), events.CountAsync);
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
