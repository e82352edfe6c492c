using NewsArchive.Extraction.Entities;
using NewsArchive.Extraction.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Events;

/// <summary>Turns each dated happening in the text into one event.</summary>
public sealed class EventFinder
{
    /// <summary>Returns the events in body order, dates resolved against the publication date.</summary>
    public IReadOnlyList<ExtractedEvent> Find(
        ArticleDocument document,
        IReadOnlyList<Sentence> sentences,
        PublicationDate? published,
        EntitySet entities) => [];
}
