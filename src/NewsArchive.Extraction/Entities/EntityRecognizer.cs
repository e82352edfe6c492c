using NewsArchive.Extraction.Quotes;
using NewsArchive.Extraction.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Entities;

/// <summary>Finds people, organizations and places, and resolves their aliases within the article.</summary>
public sealed class EntityRecognizer
{
    /// <summary>
    /// Returns the article's entities. Capitalized phrases inside <paramref name="quotations"/> never start a
    /// new entity, but mentions of entities known from elsewhere in the article count there too.
    /// </summary>
    public EntitySet Recognize(ArticleDocument document, IReadOnlyList<Sentence> sentences, IReadOnlyList<Quotation> quotations)
        => new([], [], []);
}
