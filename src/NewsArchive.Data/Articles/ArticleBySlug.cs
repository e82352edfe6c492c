using Microsoft.EntityFrameworkCore;
using NewsArchive.Data.Common;
using NewsArchive.Extraction;

namespace NewsArchive.Data.Articles;

/// <summary>One article with its entities, quotes and events; null when no article has the slug.</summary>
public sealed class ArticleBySlug(IDbContextFactory<ArchiveDbContext> contexts)
{
    public async Task<ArticleView?> FindAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // One connection for the five queries: each open takes the pool's lock and runs the connection pragmas.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var article = await db.Articles.AsNoTracking()
            .Where(a => a.Slug == slug)
            .Select(a => new
            {
                a.Id, a.Slug, a.Title, a.Credit, a.Source, a.Author, a.Url,
                a.PublishedOn, a.PublishedPrecision, a.PublishedInferred, a.Body, a.IngestedAt,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (article is null) return null;

        // One row per entity, its places in text order; entities in the order they first appear, as the tie-break below keeps.
        var mentions = (await db.Mentions.AsNoTracking()
            .Where(m => m.ArticleId == article.Id)
            .Select(m => new { m.EntityId, m.Entity!.Slug, m.Entity.CanonicalName, m.Entity.Kind, m.Spans })
            .ToListAsync(cancellationToken))
            .Where(m => m.Spans.Count > 0)
            .OrderBy(m => m.Spans[0].Start)
            .ToList();
        var entityIds = mentions.Select(m => m.EntityId).ToList();
        var roles = await db.EntityRoles.AsNoTracking()
            .Where(r => entityIds.Contains(r.EntityId))
            .OrderBy(r => r.Id)
            .Select(r => new { r.EntityId, r.Name })
            .ToListAsync(cancellationToken);
        var rolesByEntity = roles.ToLookup(r => r.EntityId, r => r.Name);
        var entities = mentions
            .Select(m => new ArticleEntity(new EntityRef(m.Slug, m.CanonicalName, m.Kind), rolesByEntity[m.EntityId].ToList(), m.Spans))
            .OrderByDescending(e => e.Mentions.Count).ThenBy(e => e.Entity.Name, StringComparer.Ordinal)
            .ToList();

        var quotes = await db.Quotes.AsNoTracking()
            .Where(q => q.ArticleId == article.Id)
            .OrderBy(q => q.Start)
            .Select(q => new
            {
                q.Text, q.Cue, q.Start, q.End,
                SpeakerSlug = q.Speaker == null ? null : q.Speaker.Slug,
                SpeakerName = q.Speaker == null ? null : q.Speaker.CanonicalName,
                SpeakerKind = q.Speaker == null ? (EntityKind?)null : q.Speaker.Kind,
            })
            .ToListAsync(cancellationToken);

        var events = await db.Events.AsNoTracking()
            .Where(e => e.ArticleId == article.Id)
            .OrderBy(e => e.Start).ThenBy(e => e.Id)
            .Select(e => new { e.Id, e.StartDay, e.Precision, e.Text, e.Start, e.End })
            .ToListAsync(cancellationToken);
        // Actors in a second query by event id: nested in the events query, SQLite materialised every
        // event actor of the archive for each article (121 ms at 10,000 articles, most of the page's cost).
        var eventIds = events.Select(e => e.Id).ToList();
        var actors = (await db.EventActors.AsNoTracking()
            .Where(a => eventIds.Contains(a.EventId))
            .OrderBy(a => a.EventId).ThenBy(a => a.EntityId)
            .Select(a => new { a.EventId, a.Entity!.Slug, a.Entity.CanonicalName, a.Entity.Kind })
            .ToListAsync(cancellationToken))
            .ToLookup(a => a.EventId, a => new EntityRef(a.Slug, a.CanonicalName, a.Kind));

        return new ArticleView(
            article.Slug, article.Title, article.Credit, article.Source, article.Author, article.Url,
            PublishedDate.From(article.PublishedOn, article.PublishedPrecision, article.PublishedInferred),
            article.Body,
            BodyParagraphs.Of(article.Body),
            entities,
            quotes.Select(q => new ArticleQuote(
                q.Text,
                q.SpeakerSlug is null ? null : new EntityRef(q.SpeakerSlug, q.SpeakerName!, q.SpeakerKind!.Value),
                q.Cue, new TextSpan(q.Start, q.End))).ToList(),
            events.Select(e => new ArticleEvent(new PartialDateView(e.StartDay, e.Precision), e.Text, actors[e.Id].ToList(), new TextSpan(e.Start, e.End))).ToList(),
            article.IngestedAt);
    }
}
