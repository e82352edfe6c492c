using NewsArchive.Extraction.Tests.Events;

namespace NewsArchive.Extraction.Tests.Dates;

/// <summary>"had burned 14,300 acres by Friday evening": in a past clause, a day after "by" or "as of" is when a state was read.</summary>
public sealed class SnapshotByTests
{
    [Theory]
    [InlineData("The fire had burned roughly 14,300 acres by Thursday evening, the forestry department said.")]
    [InlineData("By Wednesday afternoon, no new talks had been scheduled.")]
    [InlineData("As of 9 a.m. Thursday, the utility reported about 12,000 customers without power.")]
    [InlineData("A gauge in the harbour measured 9 inches of rain by 2 a.m. Thursday.")]
    public void Makes_no_event_of_a_state_read_by_a_day_in_a_past_clause(string body)
    {
        Assert.Empty(EventDates.Of(body, "2019-04-12"));
    }

    [Theory]
    [InlineData("Residents must be out by noon Monday, officials said.", "2019-04-15")]
    [InlineData("Network Rail will publish a timetable by 8pm on Monday.", "2019-04-15")]
    public void Keeps_a_limit_still_to_come(string body, string expected)
    {
        Assert.Equal([expected], EventDates.Of(body, "2019-04-12"));
    }

    [Theory]
    [InlineData("By Tuesday night, crews had reopened the coast road.", "2019-04-09")]
    [InlineData("Crews had cleared the main roads by 6 a.m. Thursday.", "2019-04-11")]
    [InlineData("By Monday, the river was lapping at the doors of the old mill.", "2019-04-08")]
    public void Dates_what_had_happened_by_a_day_with_no_count_or_none_read(string body, string expected)
    {
        Assert.Equal([expected], EventDates.Of(body, "2019-04-12"));
    }

    [Fact]
    public void Keeps_a_day_written_out_in_full_after_by()
    {
        Assert.Equal(["2019-03-27"], EventDates.Of("By Wednesday, March 27, the council had voted to close the pool.", "2019-04-12"));
    }
}
