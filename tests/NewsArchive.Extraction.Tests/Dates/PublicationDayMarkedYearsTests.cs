using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>
/// "Crowds gathered yesterday to mark five years since the blaze", the blaze dated elsewhere: the anniversary's day is
/// the dated happening moved on by the count of years.
/// </summary>
public sealed class PublicationDayMarkedYearsTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Counts_years_on_from_the_happening_dated_elsewhere_when_marked_yesterday()
    {
        Assert.Equal("2024-03-15", Infer(
            "Hundreds of people gathered in the market square yesterday to mark five years since the blaze.\n\n"
            + "The fire broke out in the old mill on 14 March 2019 and burned for two days."));
    }

    [Fact]
    public void Counts_years_on_to_the_day_when_marked_today()
    {
        Assert.Equal("2025-06-02", Infer(
            "Survivors are marking 20 years to the day since the bridge fell, with a service at the river today.\n\n"
            + "The span collapsed on June 2, 2005, during the evening rush."));
    }

    [Fact]
    public void Counts_a_year_on_from_a_day_told_as_last_year()
    {
        Assert.Equal("2024-10-09", Infer(
            "A minute's silence was held yesterday to mark one year since the strike began.\n\n"
            + "Workers first walked out on 8 October last year after talks collapsed in 2023."));
    }

    [Fact]
    public void Leaves_a_count_two_dated_happenings_fit_differently()
    {
        Assert.NotEqual("2024-03-15", Infer(
            "Hundreds of people gathered yesterday to mark five years since the blaze.\n\n"
            + "The fire broke out on 14 March 2019. The council first met about it on 2 April 2019."));
    }

    [Fact]
    public void Reads_a_later_marking_sentence_when_the_first_gives_no_day()
    {
        // The first marking counts from a happening the story never dates; the second's is dated.
        Assert.Equal("2024-03-15", Infer(
            "Old boys gathered today to mark 30 years since the school's founding, which nobody could date.\n\n"
            + "Hundreds of people gathered in the market square yesterday to mark five years since the blaze.\n\n"
            + "The fire broke out in the old mill on 14 March 2019 and burned for two days."));
    }
}
