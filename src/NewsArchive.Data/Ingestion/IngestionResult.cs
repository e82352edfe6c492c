namespace NewsArchive.Data.Ingestion;

/// <summary>What happened to one file.</summary>
public enum IngestionOutcome
{
    /// <summary>A new article was stored.</summary>
    Archived,
    /// <summary>The same content is already archived; nothing changed.</summary>
    Unchanged,
    /// <summary>An archived article (same content, source path or url) was refreshed in place.</summary>
    Updated,
    /// <summary>Nothing was stored; <see cref="IngestionResult.Reason"/> says why.</summary>
    Rejected,
}

/// <summary>The result for one file or upload.</summary>
/// <param name="Source">The path or file name as given.</param>
/// <param name="Slug">The article's slug, unless rejected.</param>
/// <param name="Reason">Why it was rejected: one sentence fit to show the person who supplied the file.</param>
public sealed record IngestionResult(string Source, IngestionOutcome Outcome, string? Slug = null, string? Title = null, string? Reason = null)
{
    public static IngestionResult Rejected(string source, string reason) => new(source, IngestionOutcome.Rejected, Reason: reason);
}
