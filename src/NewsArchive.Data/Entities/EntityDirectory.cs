using Microsoft.EntityFrameworkCore;
using NewsArchive.Data.Common;

namespace NewsArchive.Data.Entities;

/// <summary>Lists and looks up entities by name.</summary>
public sealed class EntityDirectory(IDbContextFactory<ArchiveDbContext> contexts)
{
    /// <summary>Entities whose name (any word) or an alias starts with the text, most mentioned first.</summary>
    public async Task<Page<EntitySummary>> SearchAsync(EntitySearchQuery query, CancellationToken cancellationToken = default)
    {
        var (pageNumber, size, skip) = Page<EntitySummary>.Normalize(query.Page, query.PageSize);
        var key = NameKey.Normalize(query.Text ?? "");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entities = db.Entities.AsNoTracking();
        if (query.Kind is { } kind) entities = entities.Where(e => e.Kind == kind);
        if (key.Length > 0)
        {
            var wordStart = " " + key;
            entities = entities.Where(e =>
                e.NormalizedName.StartsWith(key) || e.NormalizedName.Contains(wordStart)
                || e.Aliases.Any(a => a.NormalizedName.StartsWith(key)));
        }
        var total = await entities.CountAsync(cancellationToken);
        var rows = await entities
            .Select(e => new
            {
                e.Slug, e.CanonicalName, e.Kind,
                Role = e.Roles.OrderBy(r => r.Id).Select(r => r.Name).FirstOrDefault(),
                Articles = e.ArticleCount,
                Quotes = e.QuoteCount,
            })
            .OrderByDescending(e => e.Articles).ThenBy(e => e.CanonicalName)
            .Skip(skip).Take(size)
            .ToListAsync(cancellationToken);
        var items = rows.Select(e => new EntitySummary(new EntityRef(e.Slug, e.CanonicalName, e.Kind), e.Role, e.Articles, e.Quotes)).ToList();
        return new Page<EntitySummary>(items, total, pageNumber, size);
    }

    /// <summary>
    /// The entity a person means by a name or slug: exact slug, then canonical name, then an alias that
    /// names exactly one entity. Null when nothing or more than one entity fits.
    /// </summary>
    public async Task<EntityRef?> FindAsync(string nameOrSlug, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var bySlug = await db.Entities.AsNoTracking().Where(e => e.Slug == nameOrSlug)
            .Select(e => new EntityRef(e.Slug, e.CanonicalName, e.Kind)).FirstOrDefaultAsync(cancellationToken);
        if (bySlug is not null) return bySlug;
        var key = NameKey.Normalize(nameOrSlug);
        var byName = await db.Entities.AsNoTracking().Where(e => e.NormalizedName == key)
            .OrderBy(e => e.Kind)
            .Select(e => new EntityRef(e.Slug, e.CanonicalName, e.Kind)).Take(2).ToListAsync(cancellationToken);
        if (byName.Count >= 1) return byName[0];
        var byAlias = await db.EntityAliases.AsNoTracking().Where(a => a.NormalizedName == key)
            .Select(a => new EntityRef(a.Entity!.Slug, a.Entity.CanonicalName, a.Entity.Kind)).Distinct().Take(2).ToListAsync(cancellationToken);
        return byAlias.Count == 1 ? byAlias[0] : null;
    }
}
