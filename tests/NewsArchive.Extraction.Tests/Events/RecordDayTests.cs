namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"had its busiest day on Tuesday": what something had, when it is a record day, is a happening of that day.</summary>
public sealed class RecordDayTests
{
    [Theory]
    [InlineData("The fire service had its busiest day in a decade on Saturday.", "2024-08-10")]
    [InlineData("Heathrow had its quietest night since the pandemic on Saturday.", "2024-08-10")]
    public void Dates_a_record_day_someone_had(string body, string expected)
    {
        Assert.Equal([expected], EventDates.Of(body, "2024-08-12"));
    }

    [Fact]
    public void Leaves_what_someone_had_on_a_day_a_state()
    {
        Assert.Empty(EventDates.Of("The hospital had 40 beds free on Saturday.", "2024-08-12"));
    }
}
