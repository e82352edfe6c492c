using NewsArchive.Extraction.Entities;
using NewsArchive.Extraction.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Quotes;

/// <summary>Decides who spoke each quotation, and with which cue verb.</summary>
public sealed class SpeakerAttributor
{
    /// <summary>Returns one quote per real quotation (scare quotes dropped), speaker resolved to an entity name or null.</summary>
    public IReadOnlyList<ExtractedQuote> Attribute(
        ArticleDocument document,
        IReadOnlyList<Sentence> sentences,
        IReadOnlyList<Quotation> quotations,
        EntitySet entities) => [];
}
