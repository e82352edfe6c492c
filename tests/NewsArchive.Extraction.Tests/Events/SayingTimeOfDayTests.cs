namespace NewsArchive.Extraction.Tests.Events;

/// <summary>
/// "the firm said early Wednesday it would …": a time of day between the verb of saying and its day still dates the
/// saying; "had stopped work at its yards … starting Monday": a long object between a past act and "starting" still
/// leaves the day the nearest one.
/// </summary>
public sealed class SayingTimeOfDayTests
{
    [Fact]
    public void Dates_a_saying_early_on_a_weekday_to_the_past_day()
    {
        Assert.Equal(["2026-04-15"], EventDates.Of("The bank said early Wednesday it would close 40 branches.", "2026-04-16"));
        Assert.Equal(["2026-04-13"], EventDates.Of("The union said late on Monday it would ballot its members.", "2026-04-16"));
    }

    [Fact]
    public void Dates_a_past_act_with_a_long_object_starting_a_weekday_to_the_nearest_day()
    {
        Assert.Equal(["2026-04-15"], EventDates.Of(
            "The shipbuilder said it had stopped work at its two yards on the Clyde and at three sites in Cumbria starting Wednesday.",
            "2026-04-16"));
    }
}
