using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Entities;
using NewsArchive.Extraction.Events;
using NewsArchive.Extraction.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.Events;

public sealed class QuotedCoarserRetellingTests
{
    private static List<string> Dates(string body, string published)
    {
        var doc = new ArticleDocument("Title", null, null, null, null, null, body, [new TextSpan(0, body.Length)]);
        PartialDate.TryParseIso(published, out var date);
        var sentences = new SentenceSplitter().Split(doc.Body, doc.Paragraphs);
        return new EventFinder().Find(doc, sentences, new PublicationDate(date, false), new EntitySet([], [], []))
            .Select(e => e.Date.ToIso()).ToList();
    }

    [Fact]
    public void Drops_a_speakers_year_that_holds_a_happening_the_narrative_dates_by_month()
    {
        Assert.Equal(["2022-07"], Dates(
            "The July 2022 flood killed 45 people. \"We rebuilt after 2022,\" said one resident.", "2026-10-29"));
    }

    [Fact]
    public void Keeps_a_speakers_year_when_the_narrative_dates_nothing_within_it()
    {
        Assert.Equal(["2021-07", "2022"], Dates(
            "The July 2021 flood killed 45 people. \"We rebuilt after 2022,\" said one resident.", "2026-10-29"));
    }
}
