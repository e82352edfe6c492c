namespace NewsArchive.Extraction.Tests.Events;

/// <summary>A weekday naming a practice ("Sunday working", "every other Saturday") is no date.</summary>
public sealed class WeekdayPracticeTests
{
    [Theory]
    [InlineData("The union struck in a dispute over Sunday working and rest-day pay.")]
    [InlineData("The firm imposed compulsory Saturday rostering on new staff.")]
    [InlineData("Drivers said they would be working every other Sunday.")]
    public void Makes_no_event_of_a_weekday_practice(string body)
    {
        Assert.Empty(EventDates.Of(body, "2026-03-03"));
    }

    [Fact]
    public void Keeps_a_weekday_told_as_a_day()
    {
        Assert.Equal(["2026-03-01"], EventDates.Of("Drivers walked out on Sunday.", "2026-03-03"));
    }
}
