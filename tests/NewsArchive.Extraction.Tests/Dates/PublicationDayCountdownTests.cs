using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>Counts told from now to a coming date ("with 30 days until …") and full dates told as years ago today.</summary>
public sealed class PublicationDayCountdownTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void Counts_back_the_days_left_until_a_coming_date()
    {
        Assert.Equal("2025-04-06", Infer(
            "With 30 days until the May 6 runoff, both campaigns have begun knocking on doors across the county.\n\n"
            + "The first round was held in February 2025."));
    }

    [Fact]
    public void Counts_back_the_days_left_before_a_deadline()
    {
        Assert.Equal("2025-06-16", Infer(
            "Negotiators have a tentative agreement on the water compact, with 14 days left before the June 30 deadline set by the court.\n\n"
            + "The last compact expired in 2024."));
    }

    [Fact]
    public void Counts_back_what_today_marks_until_an_opening()
    {
        Assert.Equal("2025-05-02", Infer(
            "Today marks 50 days until the festival opens on June 21, and organisers say ticket sales are ahead of last year.\n\n"
            + "The 2024 festival drew 40,000 people."));
    }

    [Fact]
    public void Counts_back_from_a_date_told_beside_today()
    {
        Assert.Equal("2025-02-24", Infer(
            "The council's budget panel meets today, four days before the financial year plan is due Feb. 28.\n\n"
            + "Last year's plan was approved in March 2024."));
    }

    [Fact]
    public void Counts_back_weeks_to_go_until_a_date()
    {
        Assert.Equal("2025-08-12", Infer(
            "With just three weeks to go until the Sept. 2 reopening, builders are still working on the roof.\n\n"
            + "The pool closed in January 2025."));
    }

    [Fact]
    public void Counts_on_from_a_past_date_told_beside_today()
    {
        Assert.Equal("2025-05-09", Infer(
            "Counting resumes today, a week after the May 2 vote, because of a legal challenge.\n\n"
            + "The previous council was elected in 2024."));
    }

    [Fact]
    public void Leaves_a_past_happening_measured_from_a_date()
    {
        Assert.NotEqual("2025-05-01", Infer(
            "Five days before the May 6 runoff, the candidate withdrew from the race.\n\nThe first round was held in February 2025."));
    }

    [Fact]
    public void Leaves_a_countdown_told_of_a_past_moment()
    {
        Assert.NotEqual("2025-06-16", Infer(
            "With two weeks to go before the June 30 deadline, lawmakers struck a deal on the budget.\n\nThe last budget passed in 2024."));
    }

    [Fact]
    public void Leaves_a_rule_told_as_days_before_a_date()
    {
        Assert.NotEqual("2025-10-07", Infer(
            "The registration deadline is 29 days before the Nov. 5 election, the clerk said.\n\nThe county's rolls were purged in 2024."));
    }

    [Fact]
    public void Counts_years_on_from_a_full_date_told_first_as_years_ago_tonight()
    {
        Assert.Equal("2024-03-09", Infer(
            "The levee failed on March 9, 2014 — ten years ago tonight — and the water did not drain for a month.\n\n"
            + "A year later to the day, on March 9, 2015, the rebuilt levee opened."));
    }

    [Fact]
    public void Counts_years_on_from_a_full_date_set_off_by_a_comma()
    {
        Assert.Equal("2025-06-02", Infer(
            "The last train left the station on 2 June 1975, fifty years ago today, and the line never reopened.\n\n"
            + "The station was sold in 1990."));
    }
}
