using NewsArchive.Extraction;

namespace NewsArchive.Data.Common;

/// <summary>Enough of an entity to name it and link to its profile.</summary>
public sealed record EntityRef(string Slug, string Name, EntityKind Kind);
