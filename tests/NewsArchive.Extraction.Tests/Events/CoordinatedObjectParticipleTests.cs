namespace NewsArchive.Extraction.Tests.Events;

/// <summary>
/// "will publish new start times and updated bus routes by July 15": after a future verb, an "-ed" word opening the second
/// of two objects is an adjective, not a past verb that would date the deadline back.
/// </summary>
public sealed class CoordinatedObjectParticipleTests
{
    [Fact]
    public void Dates_a_coming_deadline_after_a_second_object_to_the_coming_day()
    {
        Assert.Equal(["2027-08-20"], EventDates.Of(
            "The county will post new polling places and revised ballot samples by Aug. 20.", "2027-07-01"));
    }

    [Fact]
    public void Still_dates_a_past_act_to_the_past_day()
    {
        Assert.Equal(["2027-06-20"], EventDates.Of("The county posted new polling places and revised ballot samples on June 20.", "2027-07-01"));
    }
}
