namespace NewsArchive.Extraction.Tests.Events;

/// <summary>
/// A coming month told in the lead is the coming day the body gives within it, even many sentences on, when the two share
/// words (nearer retellings are read by the loose-month rule).
/// </summary>
public sealed class LeadMonthRetoldTests
{
    private const string Published = "2026-06-11";

    [Fact]
    public void Counts_a_lead_next_month_once_when_the_body_gives_its_day()
    {
        Assert.Equal(["2026-06-11", "2026-07-03"], EventDates.Of(
            "Harlow will be sentenced at Leicester Crown Court next month. A jury convicted him on Thursday. "
            + "The jury heard from six witnesses. Neighbours described a quiet man. Police praised the victim's family. "
            + "The defence called no evidence. The judge said Harlow would return to court on Friday, July 3.", Published));
    }

    [Fact]
    public void Keeps_a_lead_month_whose_day_in_the_body_tells_something_else()
    {
        Assert.Equal(["2026-07", "2026-06-11", "2026-07-03"], EventDates.Of(
            "Harlow will be sentenced at Leicester Crown Court next month. A jury convicted him on Thursday. "
            + "The jury heard from six witnesses. Neighbours described a quiet man. Police praised the victim's family. "
            + "The defence called no evidence. A charity run through the city centre will take place on Friday, July 3.", Published));
    }
}
