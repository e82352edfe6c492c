namespace NewsArchive.Extraction.Tests.Events;

/// <summary>
/// "applications open until 30 November", "told to stay home until at least Feb. 6": a state's end after "until", with
/// no past verb of its own before it, is the nearest such day, whichever side of the story.
/// </summary>
public sealed class UntilDayTests
{
    [Fact]
    public void Dates_the_end_of_an_open_window_to_the_coming_day()
    {
        Assert.Equal(["2027-03-02", "2027-03-31"], EventDates.Of(
            "The council said on Tuesday it had set up a relief fund, with claims open until 31 March.", "2027-03-04"));
    }

    [Fact]
    public void Dates_how_long_pupils_are_told_to_stay_away_to_the_coming_day()
    {
        Assert.Equal(["2027-02-09"], EventDates.Of(
            "The school has told unvaccinated pupils to stay home until at least Feb. 9, after a case of measles.", "2027-01-25"));
    }

    [Fact]
    public void Dates_a_past_return_after_did_not_until_to_the_past_month()
    {
        Assert.Equal(["2027-02"], EventDates.Of("He broke his wrist and did not race again until February.", "2027-06-15"));
    }

    [Fact]
    public void Keeps_the_tense_of_a_past_verb_before_until()
    {
        Assert.Equal(["2026-08-03"], EventDates.Of("Ticket holders waited until 3 August for their refunds.", "2027-01-15"));
    }
}
