using NewsArchive.Extraction.Dates;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>The day a thing was readied for lies ahead of the act that readied it.</summary>
public sealed class ClauseTenseMeantForDayTests
{
    private static ClauseReading Read(string text)
    {
        var scan = DateMentionFinderTests.Scan(text);
        return ClauseTense.Of(scan, Assert.Single(scan.Mentions));
    }

    [Theory]
    [InlineData("Several rural districts called off lessons for Friday.")]
    [InlineData("The county hired 900 extra election clerks for Tuesday.")]
    [InlineData("The club sold every seat for Saturday within an hour.")]
    public void Reads_a_bare_weekday_after_for_in_a_past_clause_as_still_to_come(string text)
    {
        var reading = Read(text);
        Assert.Equal(Tense.Future, reading.Tense);
        Assert.True(reading.HasVerb);
    }

    [Theory]
    [InlineData("Thousands gathered in the square for Saturday's rally.")]
    [InlineData("The pair were arrested on Friday.")]
    [InlineData("She waited at the station until Sunday.")]
    public void Leaves_a_possessive_weekday_or_another_preposition_in_the_past(string text)
    {
        Assert.Equal(Tense.Past, Read(text).Tense);
    }
}
