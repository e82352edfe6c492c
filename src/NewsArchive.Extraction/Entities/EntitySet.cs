namespace NewsArchive.Extraction.Entities;

/// <summary>The people, organizations and places of one article.</summary>
public sealed record EntitySet(
    IReadOnlyList<ExtractedEntity> People,
    IReadOnlyList<ExtractedEntity> Organizations,
    IReadOnlyList<ExtractedEntity> Places)
{
    /// <summary>Every entity, of all kinds.</summary>
    public IEnumerable<ExtractedEntity> All => People.Concat(Organizations).Concat(Places);
}
