using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Entities;
using NewsArchive.Extraction.Events;
using NewsArchive.Extraction.Reading;
using NewsArchive.Extraction.Tests.DateStages;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"the next morning", "the following night", "the previous evening": a day counted from the date told before.</summary>
public sealed class NextPartOfDayTests
{
    private static List<string> Dates(string body, string published)
    {
        var doc = TestDocument.FromParagraphs(body);
        PartialDate.TryParseIso(published, out var date);
        var sentences = new SentenceSplitter().Split(doc.Body, doc.Paragraphs);
        return new EventFinder().Find(doc, sentences, new PublicationDate(date, false), new EntitySet([], [], []))
            .Select(e => e.Date.ToIso()).ToList();
    }

    [Theory]
    [InlineData("The fire broke out on March 3, 2021. Two firefighters were hurt the next morning.", "2021-03-04")]
    [InlineData("The ferry ran aground on 8 May 2022. Divers reached the hull the following night.", "2022-05-09")]
    [InlineData("The storm reached the coast on Oct. 12, 2020. Shops had closed the previous evening.", "2020-10-11")]
    [InlineData("The ballot closed on June 2, 2023. The union announced the result the next day.", "2023-06-03")]
    public void Dates_a_part_of_the_day_after_or_before_the_day_told_before(string body, string expected)
    {
        Assert.Equal(expected, Dates(body, "2024-01-15")[^1]);
    }

    [Fact]
    public void Dates_nothing_without_a_date_told_before()
    {
        Assert.Empty(Dates("Nobody can say what the next day will bring.", "2024-01-15"));
    }

    [Fact]
    public void Reads_no_day_in_a_possessive()
    {
        var scan = DateMentionFinderTests.Scan("The shop was busy again, and the next day's takings were the best of the year.");
        Assert.DoesNotContain(scan.Mentions, m => m.Expression is { FromPrevious: true, Unit: RelativeUnit.Day });
    }

    [Fact]
    public void Leaves_the_next_month_a_span()
    {
        Assert.Empty(DateMentionFinderTests.Scan("Prices may rise over the next month.").Mentions);
    }
}
