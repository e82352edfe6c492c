using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>
/// The story's day is a choice among the days the chain's rules give: the first that the text's hard evidence leaves;
/// when every day is ruled out, what the chain tells without one.
/// </summary>
public sealed class StoryDayChoiceTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static StoryDayChoice Choice(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        var scan = new DateMentionFinder().Find(body, new SentenceSplitter().Split(body, doc.Paragraphs));
        return new StoryDayChoice(() => new StoryDayCheck(scan, ComingDatedHappening.Earliest(scan)));
    }

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void A_later_rules_day_stands_when_the_evidence_rules_out_an_earlier_ones()
    {
        // 14 October 2025 was a Tuesday; in 2026 it is a Wednesday.
        var choice = Choice("The depot reopened on Tuesday, Oct. 14, after a month of repairs.");
        Assert.Equal(new DateOnly(2025, 10, 16), choice.Pick([new DateOnly(2026, 10, 16), new DateOnly(2025, 10, 16)]));
    }

    [Fact]
    public void The_first_day_stands_when_the_evidence_leaves_it()
    {
        var choice = Choice("The depot reopened on Tuesday, Oct. 14, after a month of repairs.");
        Assert.Equal(new DateOnly(2025, 10, 15), choice.Pick([new DateOnly(2025, 10, 15), new DateOnly(2025, 10, 17)]));
    }

    [Fact]
    public void A_finished_happening_dated_with_its_year_rules_out_the_days_before_it()
    {
        var choice = Choice("The mill closed for good on May 2, 2024, after 140 years.");
        Assert.Equal(new DateOnly(2024, 5, 9), choice.Pick([new DateOnly(2023, 5, 9), new DateOnly(2024, 5, 9)]));
    }

    [Fact]
    public void When_every_day_is_ruled_out_the_first_is_given_back_for_a_second_look()
    {
        var choice = Choice("The mill closed for good on May 2, 2024, after 140 years.");
        Assert.Equal(new DateOnly(2023, 5, 9), choice.Pick([new DateOnly(2023, 5, 9), new DateOnly(2022, 5, 9)]));
    }

    [Fact]
    public void No_rule_no_day()
    {
        Assert.Null(Choice("The mill closed for good on May 2, 2024.").Pick([]));
        Assert.Null(StoryDayChoice.NoDay.Pick([new DateOnly(2024, 5, 9)]));
    }

    [Fact]
    public void A_rule_whose_day_yesterday_told_by_its_weekday_rules_out_gives_way_to_the_next()
    {
        // "four days after the polls closed" on Sunday, March 1 reads as Thursday, March 5 for the story; "yesterday
        // (Thursday)" rules that out, and the weekday rules' Friday, March 6 (2026, when March 1 is a Sunday) stands.
        Assert.Equal("2026-03-06", Infer(
            "The recount only finished in the early hours of yesterday (Thursday) morning, almost four days after the polls closed.\n\n"
            + "Voters went to the polls on Sunday, March 1 in the mayoral election.\n\n"
            + "The count was halted on Tuesday afternoon when a candidate asked for a recheck.\n\n"
            + "The new council will meet for the first time on Monday, March 16."));
    }

    [Fact]
    public void A_dateline_day_the_evidence_rules_out_gives_no_day_again_without_the_day_rules()
    {
        // The dateline's June 16, 2023 comes before the warehouse's closing on 9 August 2025, and no day of 2023 is left.
        Assert.Null(Infer("LONDON, June 16, 2023 — The warehouse closed on 9 August 2025, its owners said."));
    }

    [Fact]
    public void A_dateline_day_the_evidence_rules_out_gives_its_year_when_the_evidence_leaves_it()
    {
        // June 16, 2025 comes before the closing on 9 August 2025, but the rest of 2025 is left.
        Assert.Equal("2025", Infer("LONDON, June 16, 2025 — The warehouse closed on 9 August 2025, its owners said."));
    }
}
