using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>The inferred publication date of a body, and the day its events are read against when that date is only a month.</summary>
internal static class StoryDayReading
{
    public static (string? Published, string? EventsDay) Of(string body, DateOnly today)
    {
        var doc = TestDocument.FromParagraphs(body);
        var scan = new DateMentionFinder().Find(doc.Body, new SentenceSplitter().Split(body, doc.Paragraphs));
        var published = new PublicationDateResolver(today).Resolve(doc, scan, null, out var eventsDay);
        return (published?.Date.ToIso(), (eventsDay ?? published)?.Date.ToIso());
    }
}
