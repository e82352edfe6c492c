namespace NewsArchive.Extraction.Tests.Events;

public sealed class QuotedCoarserRetellingTests
{
    private static List<string> Dates(string body, string published) => EventDates.Of(body, published);

    [Fact]
    public void Drops_a_speakers_year_that_holds_a_happening_the_narrative_dates_by_month()
    {
        Assert.Equal(["2022-07"], Dates(
            "The July 2022 flood killed 45 people. \"We rebuilt after 2022,\" said one resident.", "2026-10-29"));
    }

    [Fact]
    public void Keeps_a_speakers_year_when_the_narrative_dates_nothing_within_it()
    {
        Assert.Equal(["2021-07", "2022"], Dates(
            "The July 2021 flood killed 45 people. \"We rebuilt after 2022,\" said one resident.", "2026-10-29"));
    }
}
