using NewsArchive.Extraction.Tests.Events;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>What was said to lie ahead, told in a past sentence of saying: the date takes the reported clause's tense.</summary>
public sealed class ClauseTenseReportedFutureTests
{
    [Fact]
    public void Reads_a_past_looking_verb_after_a_modal_as_a_bare_infinitive()
    {
        Assert.Equal(["2026-02-27", "2026-04-01"],
            EventDates.Of("The regulator said on Friday it would cut the cap on bills by 4% from April 1.", "2026-02-27"));
    }

    [Fact]
    public void Dates_a_fronted_adverbial_of_a_reported_that_clause_by_that_clause()
    {
        Assert.Equal(["2026-01-14", "2026-04-01"],
            EventDates.Of("The health board confirmed on Wednesday that, from 1 April, the unit would close overnight.", "2026-01-14"));
    }

    [Fact]
    public void Leaves_a_date_deeper_in_a_reported_clause_to_its_own_phrase()
    {
        Assert.Equal(["2026-01"],
            EventDates.Of("The party had hoped that local issues, including the reopening of the town's minor injuries unit in January, would help it hold the seat.", "2026-04-17"));
    }

    [Fact]
    public void Puts_what_is_expected_on_a_day_ahead_of_the_story()
    {
        Assert.Equal(["2026-04-23"],
            EventDates.Of("The freighter would then sail for Norfolk, its next call, now expected on April 23.", "2026-04-17"));
    }

    [Fact]
    public void Reads_a_present_is_before_a_date_as_a_timetable()
    {
        Assert.Equal(["2026-04-24"], EventDates.Of("Game 3 is Friday night in Denver.", "2026-04-21"));
    }
}
