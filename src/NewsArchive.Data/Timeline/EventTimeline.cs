using Microsoft.EntityFrameworkCore;
using NewsArchive.Data.Common;

namespace NewsArchive.Data.Timeline;

/// <summary>
/// Events in time order: by the first day of each event's span, and on the same first day the coarser
/// date first ("2018" before "January 2018" before "1 January 2018"), so SQLite sorts it all in SQL.
/// </summary>
public sealed class EventTimeline(IDbContextFactory<ArchiveDbContext> contexts)
{
    public async Task<Page<TimelineEvent>> ListAsync(TimelineQuery query, CancellationToken cancellationToken = default)
    {
        var (pageNumber, size, skip) = Page<TimelineEvent>.Normalize(query.Page, query.PageSize, maxPageSize: 500);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var events = await FilterAsync(db, query, cancellationToken);
        if (events is null) return new Page<TimelineEvent>([], 0, pageNumber, size);
        var total = await events.CountAsync(cancellationToken);
        var items = await Project(Order(events).Skip(skip).Take(size)).ToListAsync(cancellationToken);
        return new Page<TimelineEvent>(items, total, pageNumber, size);
    }

    /// <summary>Every matching event, for exports.</summary>
    public async Task<IReadOnlyList<TimelineEvent>> AllAsync(TimelineQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var events = await FilterAsync(db, query, cancellationToken);
        return events is null ? [] : await Project(Order(events)).ToListAsync(cancellationToken);
    }

    private static async Task<IQueryable<Model.Event>?> FilterAsync(ArchiveDbContext db, TimelineQuery query, CancellationToken cancellationToken)
    {
        var events = db.Events.AsNoTracking();
        if (query.From is { } from) events = events.Where(e => e.EndDay >= from);
        if (query.To is { } to) events = events.Where(e => e.StartDay <= to);
        if (!string.IsNullOrWhiteSpace(query.EntitySlug))
        {
            var entityId = await db.Entities.AsNoTracking().Where(e => e.Slug == query.EntitySlug).Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellationToken);
            if (entityId is not { } id) return null;
            events = events.Where(e => e.Actors.Any(a => a.EntityId == id));
        }
        return events;
    }

    private static IQueryable<Model.Event> Order(IQueryable<Model.Event> events)
        => events.OrderBy(e => e.StartDay).ThenBy(e => e.Precision).ThenBy(e => e.Id);

    internal static IQueryable<TimelineEvent> Project(IQueryable<Model.Event> events) => events.Select(e => new TimelineEvent(
        e.Id,
        new PartialDateView(e.StartDay, e.Precision),
        e.Text,
        e.Actors.OrderBy(a => a.Entity!.CanonicalName).Select(a => new EntityRef(a.Entity!.Slug, a.Entity.CanonicalName, a.Entity.Kind)).ToList(),
        e.Article!.Slug,
        e.Article.Title,
        new Extraction.TextSpan(e.Start, e.End)));
}
