namespace NewsArchive.Extraction.Tests.Events;

public sealed class DaysInARowTests
{
    private static List<string> Dates(string body, string published) => EventDates.Of(body, published);

    [Fact]
    public void Dates_a_happening_over_two_days_in_a_row_to_its_first_day()
    {
        Assert.Equal(["2026-12-07"], Dates("Guards will walk out on Monday 7 December and Tuesday 8 December.", "2026-11-20"));
    }

    [Fact]
    public void Keeps_two_days_apart_as_two_happenings()
    {
        Assert.Equal(["2026-12-07", "2026-12-10"], Dates("Guards will walk out on Monday 7 December and Thursday 10 December.", "2026-11-20"));
    }
}
