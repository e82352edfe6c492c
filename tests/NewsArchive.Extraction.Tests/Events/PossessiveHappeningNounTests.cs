using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Entities;
using NewsArchive.Extraction.Events;
using NewsArchive.Extraction.Reading;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"Sunday's lantern procession", "Monday's partial eclipse": a weekday's possessive before a happening's noun dates it.</summary>
public sealed class PossessiveHappeningNounTests
{
    private static List<string> Dates(string body, string published = "2024-06-05")
    {
        var doc = TestDocument.FromParagraphs(body);
        PartialDate.TryParseIso(published, out var date);
        var sentences = new SentenceSplitter().Split(doc.Body, doc.Paragraphs);
        return new EventFinder().Find(doc, sentences, new PublicationDate(date, false), new EntitySet([], [], []))
            .Select(e => e.Date.ToIso()).ToList();
    }

    [Theory]
    [InlineData("Sunday's lantern procession went ahead despite the rain.", "2024-06-02")]
    [InlineData("Thousands watched Monday's partial eclipse from the pier.", "2024-06-03")]
    [InlineData("Sunday's downpour flooded three underpasses.", "2024-06-02")]
    [InlineData("Both clubs sold out their allocation for Saturday's cup final.", "2024-06-01")]
    public void Dates_a_happening_named_by_its_weekday(string body, string expected)
    {
        Assert.Equal([expected], Dates(body));
    }

    [Fact]
    public void Leaves_a_weekday_possessive_of_a_thing_undated()
    {
        Assert.Empty(Dates("Tuesday's figures were no better."));
    }
}
