using NewsArchive.Extraction.Dates;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>"is the third … in 2026": the year a tally counts over, not a happening's date.</summary>
public sealed class OrdinalTallyTests
{
    private static bool IsTally(string text)
    {
        var scan = DateMentionFinderTests.Scan(text);
        return OrdinalTally.Is(scan, scan.Mentions[^1]);
    }

    [Theory]
    [InlineData("The shooting is the third involving city officers in 2018.")]
    [InlineData("Ashby Haulage is the fourth carrier with more than 250 trucks to fail in 2018.")]
    [InlineData("Gaming revenue declined for a fourth straight month in August, regulators reported.")]
    [InlineData("Prices rose for the third consecutive year in 2018.")]
    public void Reads_the_year_of_an_ordinal_tally_as_its_period(string text)
    {
        Assert.True(IsTally(text));
    }

    [Theory]
    [InlineData("The mill closed in 2018, the third in the valley to shut.")]
    [InlineData("She won the third of her titles in 2018.")]
    [InlineData("The firm opened a fourth store in August.")]
    public void Keeps_a_year_that_dates_a_happening(string text)
    {
        Assert.False(IsTally(text));
    }
}
