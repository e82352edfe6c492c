using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>The window `KnownEventBounds.Narrow` leaves for a body, written "low..high" ("-" for an open end).</summary>
internal static class KnownEventBoundsText
{
    public static readonly DateOnly Today = new(2026, 11, 25);

    public static string Of(string body, DateOnly? earliest = null, DateOnly? latest = null)
    {
        var doc = TestDocument.FromParagraphs(body);
        var scan = new DateMentionFinder().Find(doc.Body, new SentenceSplitter().Split(body, doc.Paragraphs));
        var (low, high, _) = KnownEventBounds.Narrow(scan, earliest, latest ?? Today);
        return $"{low?.ToString("yyyy-MM-dd") ?? "-"}..{(high == Today ? "-" : high.ToString("yyyy-MM-dd"))}";
    }
}
