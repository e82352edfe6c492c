using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>A coming happening dated with its year ("takes effect Jan. 1, 2026") bounds the year of "today, March 3".</summary>
public sealed class PublicationDayComingBoundTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Takes_the_latest_year_of_the_anchor_day_before_a_coming_dated_happening()
    {
        Assert.Equal("2024-03-03", Infer(
            "Bus fares rise starting today, March 3, under a plan the transit board adopted in 2019.\n\n"
            + "The second phase of the plan takes effect Jan. 1, 2025, officials said."));
    }

    [Fact]
    public void Keeps_the_first_year_after_the_past_when_nothing_dated_is_still_to_come()
    {
        Assert.Equal("2020-03-03", Infer(
            "Bus fares rise starting today, March 3, under a plan the transit board adopted in 2019.\n\nRiders complained."));
    }

    [Fact]
    public void A_far_deadline_does_not_bound_the_year()
    {
        Assert.Equal("2020-03-03", Infer(
            "Bus fares rise starting today, March 3, under a plan the transit board adopted in 2019.\n\n"
            + "The agency must replace its fleet by Dec. 31, 2030."));
    }
}
