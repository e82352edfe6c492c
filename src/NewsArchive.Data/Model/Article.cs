using NewsArchive.Extraction.Dates;

namespace NewsArchive.Data.Model;

/// <summary>One archived article: what was read from its file plus bookkeeping for re-ingestion.</summary>
public sealed class Article
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public string? Credit { get; set; }
    public string? Source { get; set; }
    public string? Author { get; set; }
    public string? Url { get; set; }

    /// <summary>Full path of the file it came from; null for uploads. Lets a changed file update in place.</summary>
    public string? SourcePath { get; set; }

    /// <summary>First day of the publication date's span; with the precision, sortable and filterable in SQL.</summary>
    public DateOnly? PublishedOn { get; set; }
    public DatePrecision? PublishedPrecision { get; set; }
    public bool PublishedInferred { get; set; }

    /// <summary>Paragraphs separated by a blank line, as the reader built them.</summary>
    public required string Body { get; set; }

    /// <summary>SHA-256 (hex) of the article's content: re-ingesting the same content is a no-op.</summary>
    public required string ContentHash { get; set; }
    public int ExtractorVersion { get; set; }
    public DateTime IngestedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public List<Mention> Mentions { get; set; } = [];
    public List<Quote> Quotes { get; set; } = [];
    public List<Event> Events { get; set; } = [];
}
