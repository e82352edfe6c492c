namespace NewsArchive.Extraction.Tests.Events;

public sealed class EarlierHappeningTests
{
    private static List<string> Dates(string body, string published) => EventDates.Of(body, published);

    [Fact]
    public void Dates_a_happening_told_as_days_before_the_sentences_dated_one()
    {
        Assert.Equal(["2025-03-10", "2025-03-08"],
            Dates("The club sacked its manager on Monday, two days after a heavy defeat left the side bottom of the table.", "2025-03-12"));
    }

    [Fact]
    public void Counts_back_from_the_story_day_when_the_news_comes_a_span_after_a_happening()
    {
        Assert.Equal(["2023"], Dates("The decision comes two years after a neighbouring council abandoned a similar scheme.", "2025-06-04"));
        Assert.Equal(["2025-05"], Dates("The fine comes a month after the regulator ordered the firm to repay customers.", "2025-06-04"));
    }

    [Fact]
    public void Counts_back_from_the_lead_happening_when_it_came_a_day_after_another()
    {
        Assert.Equal(["2025-06-05", "2025-06-04"],
            Dates("The trustees voted on Thursday to close the library. The vote came a day after the mayor announced new funding.", "2025-06-05"));
    }

    [Fact]
    public void Dates_nothing_for_a_vague_distance_a_week_or_a_happening_without_a_verb()
    {
        Assert.Empty(Dates("The ruling comes less than a year after ministers approved a smaller farm.", "2025-06-04"));
        Assert.Empty(Dates("The ruling comes three weeks after ministers approved a smaller farm.", "2025-06-04"));
        Assert.Equal(["2025-05-30"], Dates("The family spoke on Friday, two days after his death.", "2025-06-04"));
    }

    [Fact]
    public void Adds_nothing_when_the_earlier_happening_has_its_own_date_or_is_already_told()
    {
        Assert.Equal(["2025-06-05", "2024-06-05"],
            Dates("Thursday's hearing came exactly one year after agents raided the offices on June 5, 2024.", "2025-06-05"));
        Assert.Equal(["2025-06-03", "2025-06-05"],
            Dates("The storm hit on Tuesday. Crews worked on Thursday, two days after the storm knocked out power.", "2025-06-05"));
    }
}
