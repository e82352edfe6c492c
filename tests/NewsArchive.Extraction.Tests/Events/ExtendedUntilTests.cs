namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"extended the consultation until 30 June": what is extended ends then; the day is no happening.</summary>
public sealed class ExtendedUntilTests
{
    [Fact]
    public void Reads_the_day_an_extension_runs_to_as_its_end()
    {
        Assert.Equal(["2026-05-11"], EventDates.Of(
            "On Monday the council extended its public consultation on the bus lanes until 30 June.", "2026-05-13"));
    }

    [Fact]
    public void Keeps_a_day_something_was_put_off_until()
    {
        Assert.Equal(["2026-06-30"], EventDates.Of("The hearing was postponed until 30 June.", "2026-05-13"));
    }
}
