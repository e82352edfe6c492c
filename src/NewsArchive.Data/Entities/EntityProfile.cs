using Microsoft.EntityFrameworkCore;
using NewsArchive.Data.Articles;
using NewsArchive.Data.Common;
using NewsArchive.Data.Quotes;
using NewsArchive.Data.Timeline;

namespace NewsArchive.Data.Entities;

/// <summary>An entity's profile: roles, quotes, events, the articles that mention it and who it appears with.</summary>
public sealed class EntityProfile(IDbContextFactory<ArchiveDbContext> contexts, QuotesBySpeaker quotes, EventTimeline timeline)
{
    /// <summary>Co-mentions are counted over the entity's latest articles, so a name in half the archive stays fast.</summary>
    private const int CoMentionWindow = 200;

    public async Task<EntityProfileView?> FindAsync(string slug, int listSize = 50, CancellationToken cancellationToken = default)
    {
        var take = Math.Clamp(listSize, 1, 500);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.Entities.AsNoTracking()
            .Where(e => e.Slug == slug)
            .Select(e => new
            {
                e.Id, e.Slug, e.CanonicalName, e.Kind, e.ArticleCount, e.QuoteCount,
                Aliases = e.Aliases.OrderBy(a => a.Name).Select(a => a.Name).ToList(),
                Roles = e.Roles.OrderBy(r => r.Id).Select(r => r.Name).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (entity is null) return null;

        var latest = await LatestArticleIdsAsync(db, entity.Id, Math.Max(take, CoMentionWindow), cancellationToken);
        var listed = latest.Take(take).ToList();
        var articleRows = await db.Articles.AsNoTracking()
            .Where(a => listed.Contains(a.Id))
            .Select(a => new { a.Id, a.Slug, a.Title, a.PublishedOn, a.PublishedPrecision, a.PublishedInferred, Start = a.Body.Substring(0, 400) })
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var articles = listed.Where(articleRows.ContainsKey).Select(id => articleRows[id]).Select(a => new ArticleSummary(
            a.Slug, a.Title, PublishedDate.From(a.PublishedOn, a.PublishedPrecision, a.PublishedInferred), BodyParagraphs.FirstLine(a.Start))).ToList();

        var window = latest.Take(CoMentionWindow).ToList();
        var coMentioned = await db.Mentions.AsNoTracking()
            .Where(m => window.Contains(m.ArticleId) && m.EntityId != entity.Id)
            .GroupBy(m => m.EntityId)
            .Select(g => new { EntityId = g.Key, Shared = g.Count() })
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

    /// <summary>Ids of the entity's latest articles, newest first, read in order from the (EntityId, PublishedOn, ArticleId) index.</summary>
    private static async Task<IReadOnlyList<int>> LatestArticleIdsAsync(ArchiveDbContext db, int entityId, int count, CancellationToken cancellationToken) =>
        await db.Mentions.AsNoTracking()
            .Where(m => m.EntityId == entityId)
            .OrderByDescending(m => m.PublishedOn).ThenByDescending(m => m.ArticleId)
            .Select(m => m.ArticleId)
            .Take(count)
            .ToListAsync(cancellationToken);
}
