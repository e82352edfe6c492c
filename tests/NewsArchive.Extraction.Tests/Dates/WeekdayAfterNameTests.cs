using NewsArchive.Extraction.Tests.Events;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>
/// A weekday right after a capitalized word is still a date when a lowercase part of the day follows it ("in Dorchester
/// Monday night") or when it says when an outlet was told ("told ABC News Thursday"); "Sheffield Wednesday" stays a name.
/// </summary>
public sealed class WeekdayAfterNameTests
{
    [Fact]
    public void Dates_a_weekday_with_a_part_of_the_day_after_a_place_or_a_body()
    {
        Assert.Equal(["2026-03-09"], EventDates.Of("Dozens of residents crowded a church hall in Dorchester Monday night to oppose the plan.", "2026-03-11"));
        Assert.Equal(["2026-03-10"], EventDates.Of("The mayor outlined the budget to the City Council Tuesday morning.", "2026-03-11"));
    }

    [Fact]
    public void Keeps_the_other_uses_of_that_weekday_in_the_article()
    {
        Assert.Equal(["2026-03-09", "2026-03-09"], EventDates.Of(
            "Neighbours packed the library in Quincy Monday night. The board voted on Monday to delay the vote.", "2026-03-11"));
    }

    [Fact]
    public void Dates_a_weekday_after_the_outlet_a_speaker_told()
    {
        Assert.Equal(["2026-03-12"], EventDates.Of("The senator told ABC News Thursday that she would oppose the bill.", "2026-03-13"));
        Assert.Equal(["2026-03-12"], EventDates.Of("\"We are not leaving,\" the owner told The Boston Globe Thursday.", "2026-03-13"));
    }

    [Fact]
    public void Keeps_a_club_named_by_a_weekday_a_name()
    {
        Assert.Empty(EventDates.Of("The visitors beat Sheffield Wednesday at Hillsborough.", "2026-03-15"));
        Assert.Empty(EventDates.Of("Coach Smith told Sheffield Wednesday fans to stay calm.", "2026-03-15"));
    }

    [Fact]
    public void Dates_a_past_act_on_a_weekday_night_before_a_later_modal_sentence()
    {
        Assert.Equal(["2026-01-20", "2026-06"], EventDates.Of(
            "The superintendent presented the plan to the Board of Education Tuesday night, the day after the schools were closed for the holiday. It would close two schools in June.",
            "2026-01-22"));
    }
}
