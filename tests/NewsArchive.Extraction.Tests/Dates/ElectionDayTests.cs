using NewsArchive.Extraction.Dates;

// Not "Tests.Dates": Articles/ArticleComparison.cs writes "Dates.PartialDate", which such a namespace would capture.
namespace NewsArchive.Extraction.Tests.DateStages;

public sealed class ElectionDayTests
{
    [Theory]
    [InlineData(2022, "2022-11-08")]
    [InlineData(2026, "2026-11-03")]
    [InlineData(2027, "2027-11-02")]
    public void Falls_on_the_tuesday_after_the_first_monday_of_november(int year, string expected)
    {
        Assert.Equal(expected, ElectionDay.In(year).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("She lost in Tuesday's midterm elections.", true)]
    [InlineData("Markets braced for Tuesday's midterms.", true)]
    [InlineData("She lost in Tuesday's runoff election.", false)]
    [InlineData("She voted on Tuesday in the midterm elections.", false)]
    public void Recognizes_the_tuesday_of_the_midterm_elections(string text, bool expected)
    {
        var scan = DateMentionFinderTests.Scan(text);
        Assert.Equal(expected, ElectionDay.IsMidterm(scan, Assert.Single(scan.Mentions)));
    }
}
