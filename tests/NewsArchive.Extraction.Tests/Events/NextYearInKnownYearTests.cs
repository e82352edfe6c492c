using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Entities;
using NewsArchive.Extraction.Events;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.Events;

/// <summary>
/// "a full hearing is expected next year" in a story known only to its year: the next year counts from any day of it,
/// so it is that year plus one; "later this year" stays unguessed.
/// </summary>
public sealed class NextYearInKnownYearTests
{
    [Fact]
    public void Dates_next_year_from_a_year_only_publication()
    {
        Assert.Equal(["2022"], DatesInYear("The trust expects to put the ferry contract out to tender next year.", 2021));
    }

    [Fact]
    public void Leaves_a_coming_later_this_year_unguessed()
    {
        Assert.Empty(DatesInYear("The researchers plan to publish the data later this year.", 2021));
    }

    private static List<string> DatesInYear(string body, int year)
    {
        var doc = TestDocument.FromParagraphs(body);
        var sentences = new SentenceSplitter().Split(doc.Body, doc.Paragraphs);
        return new EventFinder().Find(doc, sentences, new PublicationDate(PartialDate.OfYear(year), true), new EntitySet([], [], []))
            .Select(e => e.Date.ToIso()).ToList();
    }
}
