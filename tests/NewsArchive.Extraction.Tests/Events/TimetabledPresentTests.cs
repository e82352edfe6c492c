namespace NewsArchive.Extraction.Tests.Events;

/// <summary>
/// "the minimum wage rises to $15 today", "bus fares go up from Sunday", "pupils return to school on 3 September": a
/// timetabled change or return told in the present tense is a happening of the day it names, the coming one.
/// </summary>
public sealed class TimetabledPresentTests
{
    [Theory]
    [InlineData("The hourly minimum wage rises to £12 today.", "2025-06-10")]
    [InlineData("Ferry fares also rise today, and the parking charge rises by 50p.", "2025-06-10")]
    [InlineData("Council tax bills go up from today.", "2025-06-10")]
    [InlineData("Bus fares go up from Sunday.", "2025-06-15")]
    [InlineData("Pupils return to school on 3 September.", "2025-09-03")]
    [InlineData("The new speed limit goes into effect Monday.", "2025-06-16")]
    [InlineData("The county fair wraps up Saturday night with a rodeo.", "2025-06-14")]
    [InlineData("The legislature convenes Jan. 12 for a 60-day session.", "2026-01-12")]
    [InlineData("Junior doctors walk out on Thursday.", "2025-06-12")]
    public void Dates_a_timetabled_present_to_the_day_it_names(string body, string expected)
    {
        Assert.Contains(expected, EventDates.Of(body, "2025-06-10"));
    }

    [Fact]
    public void Reads_price_rises_as_a_noun_not_a_timetable()
    {
        // "rises" with no complement is the plural noun; the clause's own past verb dates its month.
        Assert.Equal(["2025-03"], EventDates.Of("Price rises that the regulator approved in March were steeper than expected.", "2025-06-10"));
    }
}
