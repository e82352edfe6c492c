using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>"Today's service falls 80 years to the day after that landing", the landing dated in full the sentence before.</summary>
public sealed class PublicationDayToTheDayBackTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Counts_to_the_day_from_a_date_in_the_sentence_before()
    {
        Assert.Equal("2024-06-06", Infer(
            "The troops came ashore on the beaches of Normandy on June 6, 1944. Today's service falls 80 years to the day after that landing.\n\n"
            + "Veterans laid wreaths at the memorial."));
    }

    [Fact]
    public void Counts_to_the_day_from_a_date_in_the_sentence_after()
    {
        Assert.Equal("2025-09-12", Infer(
            "The town's cinema showed its last film tonight, 60 years to the day after it first opened.\n\n"
            + "The Regal opened on 12 September 1965 with a western. Its owners blamed rising energy bills."));
    }

    [Fact]
    public void Needs_to_the_day_to_reach_back_a_sentence()
    {
        Assert.NotEqual("2024-06-06", Infer(
            "The troops came ashore on the beaches of Normandy on June 6, 1944. Today's service comes 80 years after that landing.\n\n"
            + "Veterans laid wreaths at the memorial."));
    }
}

/// <summary>
/// "yesterday – 12 months to the day since it lodged its plans on 18 March last year", "on November 17th last year. …
/// quashed it yesterday, a year to the day later": a count in months, and a date without its year, still fix the day.
/// </summary>
public sealed class PublicationDayToTheDayMonthsTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Counts_twelve_months_to_the_day_from_a_date_of_last_year()
    {
        Assert.Equal("2024-06-12", Infer(
            "The planning board approved the marina extension yesterday, 12 months to the day since the harbour trust submitted "
            + "its application on 11 June last year.\n\nObjectors had complained in October 2023 about the scheme's size."));
    }

    [Fact]
    public void Counts_a_year_to_the_day_later_from_the_sentence_before()
    {
        Assert.Equal("2023-04-04", Infer(
            "The licence was issued by the regulator on April 3rd last year. A tribunal revoked it yesterday, a year to the day later.\n\n"
            + "The operator appealed against conditions in August 2022."));
    }

    [Fact]
    public void Counts_six_months_to_the_day()
    {
        Assert.Equal("2025-03-20", Infer(
            "Residents returned to the estate today, six months to the day since the flood of 20 September 2024.\n\n"
            + "Repairs cost the council £4m."));
    }

    [Fact]
    public void Months_without_to_the_day_fix_no_day()
    {
        Assert.NotEqual("2025-03-20", Infer(
            "Residents returned to the estate today, six months after the flood of 20 September 2024.\n\n"
            + "Repairs cost the council £4m."));
    }
}
