using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>"with the 2027 hurricane season starting Sunday": a season told as under way or to come is not over.</summary>
public sealed class PublicationYearOpenSeasonTests
{
    private static readonly DateOnly Today = new(2030, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void A_coming_season_named_by_its_year_puts_a_dateline_in_that_year_at_the_latest()
    {
        Assert.Equal("2027-05-28", Infer(
            "MIAMI, May 28 — With the 2027 Atlantic hurricane season starting Tuesday, roofers are booked for months."));
    }

    [Fact]
    public void A_season_a_forecast_is_for_is_not_over()
    {
        Assert.Equal("2028-07-09", Infer(
            "HOUSTON, July 9 — Forecasters have called for an above-normal 2028 hurricane season, and the city is stockpiling water."));
    }

    [Fact]
    public void A_speakers_present_season_is_the_storys()
    {
        Assert.Equal("2026-11-20", Infer(
            "KEY WEST, Nov. 20 — \"The 2026 season doesn't end until the 30th,\" the harbour master said."));
    }

    [Fact]
    public void A_season_told_as_over_is_no_limit()
    {
        Assert.Equal("2030-08-14", Infer(
            "TAMPA, Aug. 14 — The Rays lost 4-2 on Wednesday and have not won a series since the 2026 season."));
    }
}
