namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"calls for contractors to finish work in the 12 highest-risk buildings by Dec. 31": a deadline for what is to be done lies ahead, however long its object.</summary>
public sealed class LongInfinitiveDeadlineTests
{
    [Fact]
    public void Dates_a_deadline_after_a_long_object_to_the_coming_day()
    {
        Assert.Equal(["2027-12-31"], EventDates.Of(
            "The board told crews to replace the pipes in the 40 oldest school buildings by Dec. 31.", "2027-09-10"));
    }
}
