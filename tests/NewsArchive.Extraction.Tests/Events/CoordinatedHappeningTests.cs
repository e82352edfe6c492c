namespace NewsArchive.Extraction.Tests.Events;

/// <summary>A year that closes one happening lends nothing to a month told with the next happening joined by "and".</summary>
public sealed class CoordinatedHappeningTests
{
    [Fact]
    public void Dates_a_month_after_and_a_new_verb_against_the_story_not_the_year_before()
    {
        Assert.Equal(["2021", "2025-03"],
            EventDates.Of("Marlow, 48, sold the bakery in 2021 and opened a cafe in March, saying the town needed one.", "2025-06-10"));
    }

    [Fact]
    public void Dates_a_month_told_again_after_a_year_against_the_story()
    {
        Assert.Equal(["2023", "2025-01"],
            EventDates.Of("She said she had written to the council in 2023 and again in January about the flooding.", "2025-06-10"));
    }

    [Fact]
    public void Lets_a_year_that_opens_the_sentence_frame_every_month_in_it()
    {
        Assert.Equal(["2015-03", "2015-06"],
            EventDates.Of("In 2015, the council met in March and voted in June to close the pool.", "2025-06-10"));
    }
}
