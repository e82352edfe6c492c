namespace NewsArchive.Extraction.Tests.Events;

/// <summary>An "as" clause after the date ("… Monday night as forecasters warned it could …") is another predicate.</summary>
public sealed class AsClauseAfterDateTests
{
    [Fact]
    public void Keeps_the_dates_own_past_verb_before_an_as_clause_with_a_modal()
    {
        Assert.Equal(["2026-01-12"],
            EventDates.Of("The city opened two warming shelters Monday night as forecasters warned temperatures could fall below zero.", "2026-01-14"));
    }

    [Fact]
    public void Keeps_a_coming_day_before_an_as_clause_ahead()
    {
        Assert.Equal(["2026-01-19"],
            EventDates.Of("The council will vote on the shelter plan Monday as residents protested the closures.", "2026-01-14"));
    }
}
