using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>"N years ago today, on 3 May 2019" and "welcome in 2025 … last night" date the story exactly.</summary>
public sealed class PublicationDayYearsAgoTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Counts_the_story_day_from_a_full_date_told_as_years_ago_today()
    {
        Assert.Equal("2024-05-03", Infer(
            "Five years ago today, on May 3, 2019, a tornado flattened the east side of the town.\n\n"
            + "Residents gathered at the memorial garden, which opened in 2021."));
    }

    [Fact]
    public void Counts_a_single_year_written_as_a_year_ago_today()
    {
        Assert.Equal("2025-03-14", Infer(
            "A year ago today (14 March 2024) the last shift left the pit for good.\n\nThe site was sold in 2024."));
    }

    [Fact]
    public void Counts_from_a_full_date_told_far_down_the_story()
    {
        Assert.Equal("2025-10-09", Infer(
            "Two years ago today, floodwater swept through the harbour town and into hundreds of homes.\n\n"
            + "Volunteer number 1 cleared debris from the main street and the harbour wall.\n\nVolunteer number 2 cleared debris from the main street and the harbour wall.\n\nVolunteer number 3 cleared debris from the main street and the harbour wall.\n\nVolunteer number 4 cleared debris from the main street and the harbour wall.\n\nVolunteer number 5 cleared debris from the main street and the harbour wall.\n\nVolunteer number 6 cleared debris from the main street and the harbour wall.\n\nVolunteer number 7 cleared debris from the main street and the harbour wall.\n\nVolunteer number 8 cleared debris from the main street and the harbour wall.\n\nVolunteer number 9 cleared debris from the main street and the harbour wall.\n\nVolunteer number 10 cleared debris from the main street and the harbour wall.\n\nVolunteer number 11 cleared debris from the main street and the harbour wall.\n\nVolunteer number 12 cleared debris from the main street and the harbour wall.\n\n"
            + "The Oct. 9, 2023, flood was the worst the county had recorded."));
    }

    [Fact]
    public void Ignores_a_years_ago_today_inside_a_quotation()
    {
        Assert.NotEqual("2024-05-03", Infer(
            "\"Five years ago today, on May 3, 2019, I lost my house,\" she said at the memorial on Friday.\n\nThe garden opened in 2021."));
    }

    [Fact]
    public void Dates_the_story_new_years_day_when_a_greeted_year_was_welcomed_last_night()
    {
        Assert.Equal("2025-01-01", Infer(
            "Crowds filled the harbour last night to welcome in 2025 with a fireworks display.\n\n"
            + "The display was scrapped in 2020 because of the pandemic."));
    }

    [Fact]
    public void Dates_the_story_new_years_eve_when_the_year_is_rung_in_tonight()
    {
        Assert.Equal("2025-12-31", Infer(
            "Tens of thousands of people are expected to ring in 2026 tonight along the river.\n\nTickets sold out in 2024."));
    }

    [Fact]
    public void Counts_a_spelled_out_tens_count_from_a_full_date_told_in_a_later_sentence()
    {
        Assert.Equal("2021-09-14", Infer(
            "THIRTY years ago today, the first trams rolled through the city centre.\n\n"
            + "Drivers who took the wheel on 14 September 1991 gathered at the depot to mark the day."));
    }

    [Fact]
    public void Counts_the_years_told_before_today_since_a_full_date()
    {
        Assert.Equal("2023-04-22", Infer(
            "It is 20 years today since the dam burst on 22 April 2003, flooding the valley.\n\n"
            + "A new footbridge opened in 2019."));
    }
}

/// <summary>"Ten years ago today, … The Boxing Day floods of 2015 …": a fixed holiday named before a bare year dates the happening.</summary>
public sealed class PublicationDayYearsAgoHolidayTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Dates_the_happening_by_the_holiday_named_before_its_year()
    {
        Assert.Equal("2023-12-24", Infer(
            "Five years ago today, fire tore through the old mill on the edge of the village.\n\n"
            + "The Christmas Eve blaze of 2018 took firefighters nine hours to bring under control."));
    }

    [Fact]
    public void A_holiday_as_a_limit_dates_nothing()
    {
        Assert.NotEqual("2023-12-24", Infer(
            "Five years ago today, fire tore through the old mill on the edge of the village.\n\n"
            + "It had stood empty since Christmas Eve in 2018, the owners said."));
    }
}
