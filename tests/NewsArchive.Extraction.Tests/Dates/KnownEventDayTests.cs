using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>
/// A known event told as the story's yesterday, today or tomorrow ("tomorrow's coronation of King Charles III", "Storm
/// Brendan battered the west with gusts of 130km/h yesterday") gives the story's day, before the day rules' readings.
/// </summary>
public sealed class KnownEventDayTests
{
    private static readonly DateOnly Today = KnownEventBoundsText.Today;

    private static string Bounds(string body) => KnownEventBoundsText.Of(body);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Tomorrows_coronation_is_the_day_after_the_story()
    {
        Assert.Equal("2023-05-05", Infer(
            "Bunting went up along the market square as the town turned its mind to tomorrow's coronation of King Charles III.\n\n"
            + "The parish council will hold its next meeting on Thursday 18 May, the clerk said."));
    }

    [Fact]
    public void A_storm_that_struck_yesterday_dates_the_story_the_day_after()
    {
        Assert.Equal("2020-01-14", Infer(
            "Thousands of homes were without power after Storm Brendan battered the coast with gusts of up to 120km/h yesterday.\n\n"
            + "Engineers expect to restore most supplies by the weekend."));
    }

    [Fact]
    public void A_storm_verb_joining_two_objects_keeps_its_day()
    {
        Assert.Equal("2017-10-17..2017-10-18", Bounds("Storm Ophelia tore through the harbour and the old town yesterday, felling trees."));
        Assert.Equal("2023-11-02..2023-11-08", Bounds("Storm Ciarán hit the islands and the south coast on Thursday, with gusts of 100mph."));
    }

    [Fact]
    public void An_and_opening_a_second_clause_leaves_the_day_to_it()
    {
        Assert.Equal("2020-02-08..-", Bounds("Storm Ciara flooded the valley and the council met on Tuesday to count the cost."));
    }

    [Fact]
    public void A_cyber_attack_named_by_its_malware_is_past()
    {
        Assert.Equal("2017-05-12..-", Bounds("Hospital trusts were still restoring systems hit by the WannaCry cyberattack, managers said."));
    }

    [Fact]
    public void A_day_a_count_runs_from_is_not_the_events_own()
    {
        Assert.Equal("-..2022-06-04", Bounds("The Platinum Jubilee will be celebrated a week from tomorrow, organisers said."));
    }

    [Fact]
    public void A_day_beside_a_shared_name_picks_it_only_when_the_evidence_leaves_one()
    {
        // Budgets in 2025 in London (26 November) and Dublin (7 October): "tomorrow's Budget" says no more than the year.
        Assert.Equal("2025-01-01..2025-12-31", KnownEventBoundsText.Of("Buyers held off ahead of tomorrow's Budget, the builder said.",
            new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)));
        Assert.Equal("2025-11-25..2025-11-25", KnownEventBoundsText.Of("Buyers held off ahead of tomorrow's Budget, the builder said.",
            new DateOnly(2025, 11, 1), new DateOnly(2025, 12, 31)));
    }

    [Fact]
    public void Next_weekdays_event_is_to_come_within_a_fortnight()
    {
        Assert.Equal("2023-09-30..2023-10-13", Bounds("The town sits in the path of next Saturday's annular solar eclipse, and hotels are full."));
    }

    [Fact]
    public void A_which_aside_about_the_storm_keeps_its_day()
    {
        Assert.Equal("2020-02-09..2020-02-15", Bounds(
            "Shops were still pumping out water as the town counted the cost of Storm Ciara, which brought heavy rain and gusts of up to 80mph to the valley on Sunday."));
    }

    [Fact]
    public void The_game_named_without_its_number_is_picked_by_its_weekday_and_the_evidence()
    {
        Assert.Equal("2022-02-13..2022-02-19", KnownEventBoundsText.Of("Two days after the Rams won the Super Bowl on Sunday, the committee voted.",
            new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31)));
        Assert.Equal("2022-01-01..2022-12-31", KnownEventBoundsText.Of("Fans are already planning Super Bowl parties.",
            new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31)));
    }

    [Fact]
    public void Disasters_named_without_a_date_are_past()
    {
        // Counted forty years on: about May 2020.
        Assert.Equal("2019-10-18..2020-12-18", Bounds("Forty years after the eruption of Mount St. Helens, the blast zone is green again."));
        Assert.Equal("2021-12-30..-", Bounds("Families who lost homes in the Marshall Fire are still waiting on insurers."));
    }
}
