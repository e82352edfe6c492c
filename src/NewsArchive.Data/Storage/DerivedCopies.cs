using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using NewsArchive.Data.Model;

namespace NewsArchive.Data.Storage;

/// <summary>
/// Keeps the copied dates and stored counts right when mentions, quotes or event actors are added through
/// EF's change tracker (fixtures, small tools) rather than the ingestion writer's prepared INSERTs, which set
/// them itself: each added row gets its article's or event's date (a mention also the count of its spans), and the entities involved are recounted
/// after the save.
/// </summary>
internal static class DerivedCopies
{
    /// <summary>Fills the copies on added rows; returns the entities whose counts must be recounted after saving.</summary>
    public static IReadOnlyList<Entity> FillBeforeSave(ChangeTracker tracker)
    {
        var touched = new HashSet<Entity>(ReferenceEqualityComparer.Instance);
        foreach (var entry in tracker.Entries<Mention>().Where(e => e.State == EntityState.Added))
        {
            var mention = entry.Entity;
            mention.PublishedOn = (mention.Article ?? Find<Article>(tracker, mention.ArticleId))?.PublishedOn ?? mention.PublishedOn;
            mention.Count = mention.Spans.Count;
            if ((mention.Entity ?? Find<Entity>(tracker, mention.EntityId)) is { } entity) touched.Add(entity);
        }
        foreach (var entry in tracker.Entries<Quote>().Where(e => e.State == EntityState.Added))
        {
            var quote = entry.Entity;
            quote.PublishedOn = (quote.Article ?? Find<Article>(tracker, quote.ArticleId))?.PublishedOn ?? quote.PublishedOn;
            if ((quote.Speaker ?? (quote.SpeakerId is { } id ? Find<Entity>(tracker, id) : null)) is { } speaker) touched.Add(speaker);
        }
        foreach (var entry in tracker.Entries<EventActor>().Where(e => e.State == EntityState.Added))
        {
            var actor = entry.Entity;
            if ((actor.Event ?? Find<Event>(tracker, actor.EventId)) is not { } happening) continue;
            (actor.StartDay, actor.EndDay, actor.Precision) = (happening.StartDay, happening.EndDay, happening.Precision);
        }
        return touched.ToList();
    }

    /// <summary>Recounts the entities' articles and quotes from the rows themselves.</summary>
    public static async Task RecountAsync(ArchiveDbContext db, IReadOnlyList<Entity> entities, CancellationToken cancellationToken)
    {
        var ids = entities.Select(e => e.Id).ToList();
        await db.Entities.Where(e => ids.Contains(e.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.ArticleCount, e => db.Mentions.Count(m => m.EntityId == e.Id))
            .SetProperty(e => e.QuoteCount, e => db.Quotes.Count(q => q.SpeakerId == e.Id)), cancellationToken);
        Refresh(db, entities, await Counts(db, ids).ToListAsync(cancellationToken));
    }

    /// <inheritdoc cref="RecountAsync"/>
    public static void Recount(ArchiveDbContext db, IReadOnlyList<Entity> entities)
    {
        var ids = entities.Select(e => e.Id).ToList();
        db.Entities.Where(e => ids.Contains(e.Id)).ExecuteUpdate(s => s
            .SetProperty(e => e.ArticleCount, e => db.Mentions.Count(m => m.EntityId == e.Id))
            .SetProperty(e => e.QuoteCount, e => db.Quotes.Count(q => q.SpeakerId == e.Id)));
        Refresh(db, entities, Counts(db, ids).ToList());
    }

    private static IQueryable<(int Id, int Articles, int Quotes)> Counts(ArchiveDbContext db, List<int> ids) =>
        db.Entities.AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => new ValueTuple<int, int, int>(e.Id, e.ArticleCount, e.QuoteCount));

    // The tracked instances learn their new counts too (as unchanged values), so the context that saved them reads them right.
    private static void Refresh(ArchiveDbContext db, IReadOnlyList<Entity> entities, List<(int Id, int Articles, int Quotes)> counts)
    {
        var byId = counts.ToDictionary(c => c.Id);
        foreach (var entity in entities)
        {
            if (!byId.TryGetValue(entity.Id, out var count)) continue;
            var entry = db.Entry(entity);
            entry.Property(e => e.ArticleCount).CurrentValue = entry.Property(e => e.ArticleCount).OriginalValue = count.Articles;
            entry.Property(e => e.QuoteCount).CurrentValue = entry.Property(e => e.QuoteCount).OriginalValue = count.Quotes;
        }
    }

    private static T? Find<T>(ChangeTracker tracker, int id) where T : class =>
        tracker.Entries<T>().FirstOrDefault(e => Equals(e.Property("Id").CurrentValue, id))?.Entity;
}
