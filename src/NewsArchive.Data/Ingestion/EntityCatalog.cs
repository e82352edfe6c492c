using Microsoft.EntityFrameworkCore;
using NewsArchive.Data.Common;
using NewsArchive.Data.Model;
using NewsArchive.Extraction;

namespace NewsArchive.Data.Ingestion;

/// <summary>
/// Decides which stored entity an article's entity is, or creates it (docs/decisions/0022-entity-merging.md):
/// same folded name and kind; else a known alias (or, for a bare surname, a person's surname) naming exactly
/// one entity; else a multi-word alias naming exactly one; else a new entity. Two or more candidates means
/// ambiguous: never merged. Lives as long as its writer, across batches: inside a batch's transaction (which
/// holds SQLite's write lock) what it has loaded cannot change under it, and the writer resets it when another
/// connection has committed since its last batch. It loads what each article needs, if anything new, in three queries.
/// </summary>
internal sealed class EntityCatalog(ArchiveDbContext db)
{
    private readonly Dictionary<(EntityKind, string), Entry> _byName = [];
    private readonly Dictionary<(EntityKind, string), HashSet<Entry>> _byAlias = [];
    private readonly Dictionary<string, HashSet<Entry>> _bySurname = [];
    private readonly Dictionary<int, Entry> _byId = [];
    private readonly HashSet<string> _loadedKeys = [];
    private readonly List<Entry> _pending = [];

    /// <summary>An entity as the catalog knows it; <see cref="New"/> is set until it is saved.</summary>
    internal sealed class Entry(EntityKind kind, string key, string? surname)
    {
        public int Id { get; set; }
        public Entity? New { get; set; }
        public EntityKind Kind { get; } = kind;
        public string Key { get; } = key;
        public string? Surname { get; } = surname;
        public HashSet<string> Aliases { get; } = [];
        public HashSet<string> Roles { get; } = [];
    }

    /// <summary>Loads every stored entity the article's names could resolve to.</summary>
    public async Task LoadForAsync(IEnumerable<ExtractedEntity> entities, CancellationToken cancellationToken)
    {
        var keys = entities
            .SelectMany(e => e.Aliases.Prepend(e.Name))
            .Select(NameKey.Normalize)
            .Where(k => k.Length > 0 && !_loadedKeys.Contains(k))
            .Distinct()
            .ToList();
        if (keys.Count == 0) return;
        var stored = await Candidates(db, keys)
            .Select(e => new { e.Id, e.Kind, e.NormalizedName, e.Surname })
            .ToListAsync(cancellationToken);
        var fresh = stored.Where(e => !_byId.ContainsKey(e.Id)).ToList();
        var ids = fresh.Select(e => e.Id).ToList();
        var aliases = ids.Count == 0 ? [] : await db.EntityAliases.AsNoTracking().Where(a => ids.Contains(a.EntityId))
            .Select(a => new { a.EntityId, a.NormalizedName }).ToListAsync(cancellationToken);
        var roles = ids.Count == 0 ? [] : await db.EntityRoles.AsNoTracking().Where(r => ids.Contains(r.EntityId))
            .Select(r => new { r.EntityId, r.NormalizedName }).ToListAsync(cancellationToken);
        foreach (var e in fresh)
        {
            var entry = new Entry(e.Kind, e.NormalizedName, e.Surname) { Id = e.Id };
            Index(entry);
        }
        foreach (var a in aliases) AddAlias(_byId[a.EntityId], a.NormalizedName);
        foreach (var r in roles) _byId[r.EntityId].Roles.Add(r.NormalizedName);
        _loadedKeys.UnionWith(keys);
    }

    /// <summary>
    /// Stored entities named, surnamed or aliased by one of the keys. The alias test is an id list from the alias
    /// index rather than an EXISTS per entity, so each of the three reads an index (SQLite's multi-index OR): an
    /// EXISTS made SQLite scan every entity for every article with a name not seen before, a cost that grows with
    /// the archive's entities.
    /// </summary>
    internal static IQueryable<Entity> Candidates(ArchiveDbContext db, List<string> keys) =>
        db.Entities.AsNoTracking()
            .Where(e => keys.Contains(e.NormalizedName)
                        || (e.Kind == EntityKind.Person && e.Surname != null && keys.Contains(e.Surname))
                        || db.EntityAliases.Where(a => keys.Contains(a.NormalizedName)).Select(a => a.EntityId).Contains(e.Id));

    /// <summary>The entry for an extracted entity, created when none fits; its new names and roles are staged for saving.</summary>
    public async Task<Entry> ResolveAsync(ExtractedEntity extracted, CancellationToken cancellationToken)
    {
        var key = NameKey.Normalize(extracted.Name);
        var entry = Find(extracted.Kind, key, extracted.Aliases) ?? await CreateAsync(extracted, key, cancellationToken);
        Attach(entry, extracted);
        return entry;
    }

    /// <summary>Call after the article's SaveChanges: entities created for it now have ids.</summary>
    public void Saved()
    {
        foreach (var entry in _pending)
        {
            entry.Id = entry.New!.Id;
            entry.New = null;
            _byId[entry.Id] = entry;
        }
        _pending.Clear();
    }

    /// <summary>Forget everything (after a rolled-back article or deleted entities); the next article reloads.</summary>
    public void Reset()
    {
        _byName.Clear();
        _byAlias.Clear();
        _bySurname.Clear();
        _byId.Clear();
        _loadedKeys.Clear();
        _pending.Clear();
    }

    private Entry? Find(EntityKind kind, string key, IReadOnlyList<string> aliases)
    {
        if (_byName.TryGetValue((kind, key), out var exact)) return exact;

        var candidates = new HashSet<Entry>(_byAlias.GetValueOrDefault((kind, key)) ?? []);
        if (kind == EntityKind.Person && NameKey.WordCount(key) == 1 && _bySurname.TryGetValue(key, out var sameSurname))
            candidates.UnionWith(sameSurname);
        if (candidates.Count == 1) return candidates.First();
        if (candidates.Count > 1) return null;

        // A multi-word alias ("Denver Mayor Michael Hancock") is specific enough to identify; a bare word is not.
        var specific = new HashSet<Entry>();
        foreach (var alias in aliases.Select(NameKey.Normalize).Where(a => a != key && NameKey.WordCount(a) > 1))
        {
            if (_byName.TryGetValue((kind, alias), out var named)) specific.Add(named);
            if (_byAlias.TryGetValue((kind, alias), out var owners)) specific.UnionWith(owners);
        }
        return specific.Count == 1 ? specific.First() : null;
    }

    private async Task<Entry> CreateAsync(ExtractedEntity extracted, string key, CancellationToken cancellationToken)
    {
        var surname = extracted.Kind == EntityKind.Person ? NameKey.Surname(key) : null;
        var entity = new Entity
        {
            Kind = extracted.Kind,
            CanonicalName = extracted.Name.Trim(),
            NormalizedName = key,
            Surname = surname,
            Slug = await UniqueSlugAsync(SlugText.From(extracted.Name, "entity"), cancellationToken),
        };
        db.Entities.Add(entity);
        var entry = new Entry(extracted.Kind, key, surname) { New = entity };
        _pending.Add(entry);
        Index(entry);
        return entry;
    }

    private async Task<string> UniqueSlugAsync(string slug, CancellationToken cancellationToken)
    {
        var pending = _pending.Select(p => p.New!.Slug).ToHashSet();
        if (!pending.Contains(slug) && !await db.Entities.AnyAsync(e => e.Slug == slug, cancellationToken)) return slug;
        var taken = await db.Entities.Select(e => e.Slug).ClashingWith(slug).ToListAsync(cancellationToken);
        pending.UnionWith(taken);
        return SlugText.FirstFree(slug, pending);
    }

    /// <summary>Adds the article's other names and roles for the entity, once each.</summary>
    private void Attach(Entry entry, ExtractedEntity extracted)
    {
        foreach (var alias in extracted.Aliases.Prepend(extracted.Name))
        {
            var key = NameKey.Normalize(alias);
            if (key.Length == 0 || key == entry.Key || entry.Aliases.Contains(key)) continue;
            AddAlias(entry, key);
            var row = new EntityAlias { Name = alias.Trim(), NormalizedName = key };
            if (entry.New is { } created) created.Aliases.Add(row);
            else db.EntityAliases.Add(Stamp(row, entry.Id));
        }
        foreach (var role in extracted.Roles)
        {
            var key = NameKey.Normalize(role);
            if (key.Length == 0 || !entry.Roles.Add(key)) continue;
            var row = new EntityRole { Name = role.Trim(), NormalizedName = key };
            if (entry.New is { } created) created.Roles.Add(row);
            else
            {
                row.EntityId = entry.Id;
                db.EntityRoles.Add(row);
            }
        }
    }

    private static EntityAlias Stamp(EntityAlias alias, int entityId)
    {
        alias.EntityId = entityId;
        return alias;
    }

    private void Index(Entry entry)
    {
        _byName[(entry.Kind, entry.Key)] = entry;
        if (entry.Id != 0) _byId[entry.Id] = entry;
        if (entry.Kind == EntityKind.Person && entry.Surname is { } surname)
        {
            if (!_bySurname.TryGetValue(surname, out var set)) _bySurname[surname] = set = [];
            set.Add(entry);
        }
    }

    private void AddAlias(Entry entry, string key)
    {
        entry.Aliases.Add(key);
        if (!_byAlias.TryGetValue((entry.Kind, key), out var owners)) _byAlias[(entry.Kind, key)] = owners = [];
        owners.Add(entry);
    }
}
