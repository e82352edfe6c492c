using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>A date written with its weekday in the weeks around the story's "today, November 3" pins the story's year.</summary>
public sealed class PublicationYearAnchorWeekdayTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Takes_the_year_in_which_a_nearby_coming_date_falls_on_its_weekday()
    {
        // 2 December fell on a Saturday in 2023, not in 2022.
        Assert.Equal("2023-10-12", Infer(
            "The bakery said today, October 12, that it will close for good.\n\n"
            + "The shop opened in 2015 and reopened in 2021. Its last day of trading will be Saturday, December 2."));
    }

    [Fact]
    public void Lets_a_year_told_as_over_be_the_storys_own_when_the_weekday_says_so()
    {
        // "logged in 2022" would put the story in 2023, but Friday, Nov. 25 is 2022's.
        Assert.Equal("2022-11-08", Infer(
            "The club announced the closure today, November 8.\n\n"
            + "The city logged 30 complaints in 2021 and 2022 combined. The final show is on Friday, Nov. 25."));
    }

    [Fact]
    public void Ignores_a_weekday_date_months_away_from_the_storys_day()
    {
        // Saturday, June 3 is too far from March 2 to say which year the story is: the first year after the evidence.
        Assert.Equal("2024-03-02", Infer(
            "The council confirmed today, March 2, that the pool will reopen.\n\n"
            + "The pool closed in 2023. A gala is planned for Saturday, June 3."));
    }
}
