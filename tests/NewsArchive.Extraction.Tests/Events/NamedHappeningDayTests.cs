namespace NewsArchive.Extraction.Tests.Events;

/// <summary>
/// A yearless day that only names a happening by its noun ("the mayoral election on 4 May") takes no side of the story
/// from the verb of another happening in its clause: it is the nearest such day, unless a plain past acts on it.
/// </summary>
public sealed class NamedHappeningDayTests
{
    [Theory]
    [InlineData("The plan was agreed weeks before the mayoral election on 4 May, when every ward is contested.", "2027-05-04")]
    [InlineData("Three hopefuls, whose names are on the ballot in the March 9 school board election, have promised smaller classes.", "2027-03-09")]
    [InlineData("The cuts come just months before the county election on June 2, the first under the new map.", "2027-06-02")]
    public void Takes_the_nearest_day_for_a_happening_named_by_its_noun(string body, string date)
    {
        Assert.Contains(date, EventDates.Of(body, "2027-01-18"));
    }

    [Fact]
    public void Keeps_a_plain_past_act_on_the_named_happening_behind()
    {
        // Nine months back is still the past fire: a past verb acts on the happening itself.
        Assert.Equal(["2026-04-20"], EventDates.Of("The depot, which was gutted by a fire on April 20, reopened last spring.", "2027-01-18")
            .Where(d => d.StartsWith("2026-04", StringComparison.Ordinal) || d.StartsWith("2027-04", StringComparison.Ordinal)).ToList());
    }

    [Fact]
    public void Keeps_a_figure_read_off_a_past_named_happening_behind()
    {
        Assert.Equal(["2026-03-19"], EventDates.Of("Turnout in the county's March 19 primary was about 27%, the lowest in years.", "2026-11-02"));
    }
}
