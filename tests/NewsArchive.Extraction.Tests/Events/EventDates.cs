using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Entities;
using NewsArchive.Extraction.Events;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.Events;

/// <summary>The ISO dates of the events found in a body (paragraphs separated by blank lines) with no entities: what the event-rule tests compare.</summary>
internal static class EventDates
{
    public static List<string> Of(string body, string published)
    {
        var doc = TestDocument.FromParagraphs(body);
        PartialDate.TryParseIso(published, out var date);
        var sentences = new SentenceSplitter().Split(doc.Body, doc.Paragraphs);
        return new EventFinder().Find(doc, sentences, new PublicationDate(date, false), new EntitySet([], [], []))
            .Select(e => e.Date.ToIso()).ToList();
    }
}
