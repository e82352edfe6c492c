using NewsArchive.Extraction.Dates;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>"Repairs start Monday": a plural subject's timetable verb tells of what is still to come, as "starts" does.</summary>
public sealed class ClauseTensePluralStartTests
{
    private static ClauseReading Read(string text)
    {
        var scan = DateMentionFinderTests.Scan(text);
        return ClauseTense.Of(scan, Assert.Single(scan.Mentions));
    }

    [Theory]
    [InlineData("Road repairs start Monday, Sept. 9.")]
    [InlineData("The new bus timetables start on Sunday.")]
    [InlineData("Engineers expect the works to start in March.")]
    public void Reads_start_as_still_to_come(string text)
    {
        var reading = Read(text);
        Assert.Equal(Tense.Future, reading.Tense);
        Assert.True(reading.HasVerb);
    }

    [Fact]
    public void Reads_the_noun_start_after_a_determiner_as_no_marker()
    {
        Assert.Equal(Tense.Past, Read("The club made a poor start in August.").Tense);
    }
}
