using Microsoft.EntityFrameworkCore;
using NewsArchive.Data.Common;
using NewsArchive.Data.Model;
using NewsArchive.Extraction;

namespace NewsArchive.Data.Ingestion;

/// <summary>
/// Finds the archived entity an article's entity is, or creates it (docs/decisions/entity-merging.md):
/// same folded name and kind; else a known alias or multi-word alias naming exactly one entity; else, for a
/// bare surname, the one person with that surname. When two or more fit, nothing is merged: the name
/// becomes (or joins) its own entity. Works inside the caller's transaction; sees entities added but not yet saved.
/// </summary>
internal sealed class EntityResolver(ArchiveDbContext db)
{
    public async Task<Entity> ResolveAsync(ExtractedEntity extracted, CancellationToken cancellationToken)
    {
        var key = NameKey.Normalize(extracted.Name);
        var entity = await FindAsync(extracted.Kind, key, extracted.Aliases, cancellationToken)
                     ?? await CreateAsync(extracted.Kind, extracted.Name, key, cancellationToken);
        await AttachAsync(entity, extracted, cancellationToken);
        return entity;
    }

    private async Task<Entity?> FindAsync(EntityKind kind, string key, IReadOnlyList<string> aliases, CancellationToken cancellationToken)
    {
        var local = db.Entities.Local.FirstOrDefault(e => e.Kind == kind && e.NormalizedName == key);
        if (local is not null) return local;
        var exact = await db.Entities.FirstOrDefaultAsync(e => e.Kind == kind && e.NormalizedName == key, cancellationToken);
        if (exact is not null) return exact;

        var singleWordPerson = kind == EntityKind.Person && NameKey.WordCount(key) == 1;
        var candidates = await AliasOwnersAsync(kind, [key], cancellationToken);
        if (singleWordPerson)
        {
            var bySurname = await db.Entities.Where(e => e.Kind == kind && e.Surname == key).Select(e => e.Id).ToListAsync(cancellationToken);
            candidates.UnionWith(bySurname);
        }
        if (candidates.Count == 1) return await db.Entities.FirstAsync(e => e.Id == candidates.First(), cancellationToken);
        if (candidates.Count > 1) return null;

        // A multi-word alias ("Denver Mayor Michael Hancock") is specific enough to identify; a bare word is not.
        var specific = aliases.Select(NameKey.Normalize).Where(a => NameKey.WordCount(a) > 1 && a != key).Distinct().ToList();
        if (specific.Count == 0) return null;
        var byAlias = await AliasOwnersAsync(kind, specific, cancellationToken);
        var byName = await db.Entities.Where(e => e.Kind == kind && specific.Contains(e.NormalizedName)).Select(e => e.Id).ToListAsync(cancellationToken);
        byAlias.UnionWith(byName);
        return byAlias.Count == 1 ? await db.Entities.FirstAsync(e => e.Id == byAlias.First(), cancellationToken) : null;
    }

    private async Task<HashSet<int>> AliasOwnersAsync(EntityKind kind, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var owners = await db.EntityAliases
            .Where(a => keys.Contains(a.NormalizedName) && a.Entity!.Kind == kind)
            .Select(a => a.EntityId)
            .ToListAsync(cancellationToken);
        return [.. owners];
    }

    private async Task<Entity> CreateAsync(EntityKind kind, string name, string key, CancellationToken cancellationToken)
    {
        var slug = await UniqueSlugAsync(SlugText.From(name, "entity"), cancellationToken);
        var entity = new Entity
        {
            Kind = kind,
            CanonicalName = name.Trim(),
            NormalizedName = key,
            Surname = kind == EntityKind.Person ? NameKey.Surname(key) : null,
            Slug = slug,
        };
        db.Entities.Add(entity);
        return entity;
    }

    private async Task<string> UniqueSlugAsync(string slug, CancellationToken cancellationToken)
    {
        var local = db.Entities.Local.Select(e => e.Slug).ToHashSet();
        if (!local.Contains(slug) && !await db.Entities.AnyAsync(e => e.Slug == slug, cancellationToken)) return slug;
        var prefix = slug + "-";
        var taken = await db.Entities.Where(e => e.Slug == slug || e.Slug.StartsWith(prefix)).Select(e => e.Slug).ToListAsync(cancellationToken);
        taken.AddRange(local);
        return SlugText.FirstFree(slug, taken.ToHashSet());
    }

    /// <summary>Adds the article's other names and roles for the entity, once each.</summary>
    private async Task AttachAsync(Entity entity, ExtractedEntity extracted, CancellationToken cancellationToken)
    {
        var knownAliases = entity.Id == 0
            ? entity.Aliases.Select(a => a.NormalizedName).ToHashSet()
            : (await db.EntityAliases.Where(a => a.EntityId == entity.Id).Select(a => a.NormalizedName).ToListAsync(cancellationToken))
                .Concat(entity.Aliases.Select(a => a.NormalizedName)).ToHashSet();
        foreach (var alias in extracted.Aliases.Prepend(extracted.Name))
        {
            var key = NameKey.Normalize(alias);
            if (key.Length == 0 || key == entity.NormalizedName || !knownAliases.Add(key)) continue;
            entity.Aliases.Add(new EntityAlias { Name = alias.Trim(), NormalizedName = key });
        }

        if (extracted.Roles.Count == 0) return;
        var knownRoles = entity.Id == 0
            ? entity.Roles.Select(r => r.NormalizedName).ToHashSet()
            : (await db.EntityRoles.Where(r => r.EntityId == entity.Id).Select(r => r.NormalizedName).ToListAsync(cancellationToken))
                .Concat(entity.Roles.Select(r => r.NormalizedName)).ToHashSet();
        foreach (var role in extracted.Roles)
        {
            var key = NameKey.Normalize(role);
            if (key.Length == 0 || !knownRoles.Add(key)) continue;
            entity.Roles.Add(new EntityRole { Name = role.Trim(), NormalizedName = key });
        }
    }
}
