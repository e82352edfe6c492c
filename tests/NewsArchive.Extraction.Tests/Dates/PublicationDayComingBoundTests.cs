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

    [Fact]
    public void A_coming_day_in_a_named_school_year_bounds_a_story_dated_by_its_weekday()
    {
        Assert.StartsWith("2025-", Infer(
            "The board voted on Tuesday to merge the two middle schools after a hearing on Jan. 21 drew 200 parents.\n\n"
            + "The board will vote on the budget on March 25.\n\n"
            + "The last day of classes for the 2024-25 school year is June 6.\n\nThe merger was first proposed in 2023."));
    }

    [Fact]
    public void A_coming_day_dated_with_its_year_bounds_a_story_dated_by_its_weekday()
    {
        Assert.StartsWith("2024-", Infer(
            "The board voted on Tuesday to merge the two middle schools after a hearing on Jan. 21 drew 200 parents.\n\n"
            + "The board will vote on the budget on March 25.\n\n"
            + "The merged school will open on Aug. 19, 2024, officials said.\n\nThe merger was first proposed in 2023."));
    }
}
