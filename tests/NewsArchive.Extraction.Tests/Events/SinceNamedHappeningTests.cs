namespace NewsArchive.Extraction.Tests.Events;

/// <summary>
/// After "since", a happening named by its noun and then dated ("since Hurricane Sandy in October 2012") is the previous
/// one of its kind, which the story reminds the reader of, whatever the clause around it does.
/// </summary>
public sealed class SinceNamedHappeningTests
{
    [Theory]
    [InlineData("Forecasters said the gale could be the worst to reach the coast since Hurricane Lorna in September 2019.", "2019-09")]
    [InlineData("It is the first amber alert for the valley since Storm Bella in December 2020.", "2020-12")]
    [InlineData("The low mark had stood since the great drought of 1976.", "1976")]
    public void Dates_the_previous_happening_of_its_kind(string body, string date)
    {
        Assert.Equal([date], EventDates.Of(body, "2026-02-10"));
    }

    [Fact]
    public void Dates_it_inside_a_speakers_own_perfect()
    {
        Assert.Equal(["2016-06"], EventDates.Of("\"We have been waiting for clarity since the vote in June 2016,\" he said.", "2026-02-10"));
    }

    [Theory]
    [InlineData("Sales have risen every month since the start of 2024.")]
    [InlineData("Hospitals have hired more nurses since the beginning of 2025.")]
    public void Leaves_a_loose_point_as_a_span(string body)
    {
        Assert.Empty(EventDates.Of(body, "2026-02-10"));
    }

    [Fact]
    public void Does_not_count_on_from_the_reminder()
    {
        Assert.Equal(["2026-02-07", "2026-02-08"], EventDates.Of(
            "The river burst its banks on Saturday 7 February, the worst flood since Storm Bella in December 2020. Crews arrived the following morning.",
            "2026-02-10").Where(d => d.StartsWith("2026", StringComparison.Ordinal)).ToList());
    }
}
