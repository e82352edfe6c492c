using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Entities;
using NewsArchive.Extraction.Events;
using NewsArchive.Extraction.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.Events;

/// <summary>The ISO dates of the events found in a one-paragraph body with no entities: what the event-rule tests compare.</summary>
internal static class EventDates
{
    public static List<string> Of(string body, string published)
    {
        var doc = new ArticleDocument("Title", null, null, null, null, null, body, [new TextSpan(0, body.Length)]);
        PartialDate.TryParseIso(published, out var date);
        var sentences = new SentenceSplitter().Split(doc.Body, doc.Paragraphs);
        return new EventFinder().Find(doc, sentences, new PublicationDate(date, false), new EntitySet([], [], []))
            .Select(e => e.Date.ToIso()).ToList();
    }
}
