using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>
/// The year of a story found from its weekday and the month-and-days around it is the first that fits after the finished
/// happenings, not the latest before today; and a finished happening dated to the day with its year lies before the
/// story's year (news leaves out the year of this year's days).
/// </summary>
public sealed class PublicationYearFirstFitTests
{
    private static readonly DateOnly Today = new(2030, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void A_weekday_between_a_past_and_a_coming_day_falls_in_the_first_year_after_the_finished_happenings()
    {
        Assert.StartsWith("2024-10-", Infer(
            "The harbour board approved the new ferry timetable on Thursday.\n\n"
            + "Residents packed a hearing on Oct. 2 to object to the cuts. The timetable takes effect on Oct. 28.\n\n"
            + "The operator lost its subsidy in 2023."));
    }

    [Fact]
    public void A_weekday_after_a_past_day_falls_in_the_first_year_after_the_finished_happenings()
    {
        Assert.StartsWith("2022-09-", Infer(
            "The governor signed the bill on Tuesday.\n\nThe Senate passed it Sept. 10 after a long debate.\n\n"
            + "A similar bill failed in 2021."));
    }

    [Fact]
    public void A_bound_from_history_leaves_the_latest_year_that_fits()
    {
        Assert.StartsWith("2030-", Infer(
            "The trustees voted on Thursday to sell the hall.\n\n"
            + "A survey on Oct. 2 found the roof unsafe. Bids close on Oct. 28.\n\nThe hall opened in 1913."));
    }

    [Fact]
    public void A_day_dated_with_its_year_lies_before_the_storys_year()
    {
        Assert.Equal("2028", Infer(
            "A van driver who struck a cyclist on 9 August 2027 was jailed for two years.\n\n"
            + "He admitted causing serious injury by careless driving at an earlier hearing."));
    }

    [Fact]
    public void A_month_dated_with_its_year_may_be_the_storys_year()
    {
        Assert.Equal("2027", Infer(
            "A van driver who struck a cyclist in August 2027 was jailed for two years.\n\n"
            + "He admitted causing serious injury by careless driving at an earlier hearing."));
    }

    [Fact]
    public void A_month_dated_with_its_year_lies_before_the_year_of_an_earlier_month_told_without_one()
    {
        Assert.Equal("2028", Infer(
            "A nursery manager who took money from parents was jailed for a year.\n\n"
            + "The nursery closed in October 2027. She admitted fraud at an earlier hearing in March."));
    }

    [Fact]
    public void A_later_month_told_without_its_year_may_share_the_year_of_a_dated_one()
    {
        Assert.Equal("2027", Infer(
            "A nursery manager who took money from parents was jailed for a year.\n\n"
            + "The nursery closed in March 2027. She admitted fraud at an earlier hearing in October."));
    }

    [Fact]
    public void A_lone_year_from_history_gives_no_year()
    {
        Assert.Null(Infer(
            "The last bakery on Mill Street has closed.\n\nIts founder opened the shop in 1958, and his grandson ran it until August."));
    }

    [Fact]
    public void A_coming_day_beside_a_thing_named_by_its_year_lies_in_that_year()
    {
        // The happenings of 2024 allow any year from 2025; the session day puts "today, Jan. 1" in 2029.
        Assert.Equal("2029-01-01", Infer(
            "The state's minimum wage rises today, Jan. 1, to $16 an hour.\n\n"
            + "The Legislature opens its 2029 session Jan. 8, when a bill to tie the wage to inflation returns.\n\n"
            + "Lawmakers passed the original increase in 2024."));
    }

    [Fact]
    public void A_forecast_named_after_its_year_and_figure_is_the_storys_year()
    {
        // Without the current-year forecast, the first year after the finished happenings (2022) would be taken.
        Assert.Equal("2028-10-15", Infer(
            "DETROIT, Oct 15 (Reuters) - A parts maker said it would close a plant.\n\n"
            + "The company cut its 2028 revenue forecast in February. The plant opened in 2021.\n\n"
            + "Executives will give their outlook for 2029 on Oct 29."));
    }

    [Fact]
    public void A_dateline_after_a_happening_late_on_the_lead_weekday_is_its_next_day()
    {
        // 14 May 2024 is a Tuesday: the filing late on Monday is the dateline's eve, the first fit after 2023 (not 2029,
        // when 14 May is a Monday).
        Assert.Equal("2024-05-14", Infer(
            "CHICAGO, May 14 (Reuters) - A furniture chain filed for bankruptcy protection late on Monday.\n\n"
            + "Sales fell 12% in 2023."));
    }
}
