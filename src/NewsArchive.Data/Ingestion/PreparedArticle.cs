using NewsArchive.Extraction;

namespace NewsArchive.Data.Ingestion;

/// <summary>A file read and extracted, ready to store; the CPU-bound half of ingestion.</summary>
/// <param name="Source">The path or name to report.</param>
/// <param name="SourcePath">Full path on disk, or null for an upload.</param>
internal sealed record PreparedArticle(string Source, string? SourcePath, ArticleExtraction Extraction, string ContentHash);

/// <summary>Either a prepared article or the reason it cannot be stored.</summary>
internal sealed record Preparation(PreparedArticle? Article, IngestionResult? Rejection)
{
    public static Preparation Of(PreparedArticle article) => new(article, null);
    public static Preparation Reject(string source, string reason) => new(null, IngestionResult.Rejected(source, reason));
}
