using Microsoft.EntityFrameworkCore;
using NewsArchive.Data.Articles;
using NewsArchive.Data.Common;
using NewsArchive.Data.Quotes;
using NewsArchive.Data.Timeline;

namespace NewsArchive.Data.Entities;

/// <summary>An entity's profile: roles, quotes, events, the articles that mention it and who it appears with.</summary>
public sealed class EntityProfile(IDbContextFactory<ArchiveDbContext> contexts, QuotesBySpeaker quotes, EventTimeline timeline)
{
    private const int CoMentionWindow = 1000;

    public async Task<EntityProfileView?> FindAsync(string slug, int listSize = 50, CancellationToken cancellationToken = default)
    {
        var take = Math.Clamp(listSize, 1, 500);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.Entities.AsNoTracking()
            .Where(e => e.Slug == slug)
            .Select(e => new
            {
                e.Id, e.Slug, e.CanonicalName, e.Kind,
                Aliases = e.Aliases.OrderBy(a => a.Name).Select(a => a.Name).ToList(),
                Roles = e.Roles.OrderBy(r => r.Id).Select(r => r.Name).ToList(),
                ArticleCount = e.Mentions.Select(m => m.ArticleId).Distinct().Count(),
                QuoteCount = db.Quotes.Count(q => q.SpeakerId == e.Id),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (entity is null) return null;

        var articleRows = await db.Articles.AsNoTracking()
            .Where(a => db.Mentions.Any(m => m.EntityId == entity.Id && m.ArticleId == a.Id))
            .OrderByDescending(a => a.PublishedOn).ThenByDescending(a => a.Id)
            .Take(take)
            .Select(a => new { a.Slug, a.Title, a.PublishedOn, a.PublishedPrecision, a.PublishedInferred, Start = a.Body.Substring(0, 400) })
            .ToListAsync(cancellationToken);
        var articles = articleRows.Select(a => new ArticleSummary(
            a.Slug, a.Title, PublishedDate.From(a.PublishedOn, a.PublishedPrecision, a.PublishedInferred), BodyParagraphs.FirstLine(a.Start))).ToList();

        // Co-mentions over the entity's latest articles (bounded, so a name in half the archive stays fast),
        // read through the (EntityId, ArticleId) index.
        var recentArticles = db.Articles
            .Where(a => db.Mentions.Any(m => m.EntityId == entity.Id && m.ArticleId == a.Id))
            .OrderByDescending(a => a.PublishedOn).ThenByDescending(a => a.Id)
            .Take(CoMentionWindow)
            .Select(a => a.Id);
        var coMentioned = await db.Mentions.AsNoTracking()
            .Where(m => m.EntityId != entity.Id && recentArticles.Contains(m.ArticleId))
            .GroupBy(m => m.EntityId)
            .Select(g => new { EntityId = g.Key, Shared = g.Select(m => m.ArticleId).Distinct().Count() })
            .OrderByDescending(g => g.Shared).ThenBy(g => g.EntityId)
            .Take(10)
            .Join(db.Entities, g => g.EntityId, e => e.Id, (g, e) => new { g.Shared, e.Slug, e.CanonicalName, e.Kind })
            .ToListAsync(cancellationToken);

        var quotePage = await quotes.SearchAsync(new QuoteSearchQuery(entity.Slug, PageSize: take), cancellationToken);
        var events = await timeline.ListAsync(new TimelineQuery(EntitySlug: entity.Slug, PageSize: take), cancellationToken);

        return new EntityProfileView(
            new EntityRef(entity.Slug, entity.CanonicalName, entity.Kind),
            entity.Aliases,
            entity.Roles,
            entity.ArticleCount,
            entity.QuoteCount,
            quotePage.Items,
            events.Items,
            articles,
            coMentioned.OrderByDescending(c => c.Shared).ThenBy(c => c.CanonicalName)
                .Select(c => new CoMention(new EntityRef(c.Slug, c.CanonicalName, c.Kind), c.Shared)).ToList());
    }
}
