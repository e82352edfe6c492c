namespace NewsArchive.Extraction.Tests.Events;

/// <summary>A day that only tells when something was said folds into the happening the article dates that day.</summary>
public sealed class SpokenDayTests
{
    [Fact]
    public void Drops_a_dated_attribution_when_a_happening_holds_that_day()
    {
        Assert.Equal(["2026-07-14"], EventDates.Of(
            "Police shot a man on Tuesday. Officers gave no details. Family members said Tuesday evening that he was stable. "
            + "In a statement Tuesday, the family lawyer said they wanted answers.", "2026-07-15"));
    }

    [Fact]
    public void Keeps_the_leads_dated_attribution_which_announces_the_news()
    {
        Assert.Equal(["2026-05-04", "2026-05-04"], EventDates.Of(
            "The bank agreed to buy its rival for $1 billion, the lender said Monday. Its shares fell 2% on Monday.", "2026-05-05"));
    }

    [Fact]
    public void Keeps_a_dated_attribution_that_is_the_only_telling_of_its_day()
    {
        Assert.Equal(["2026-03-01", "2026-03-03"], EventDates.Of(
            "The council met on 1 March. Nobody objected. The mayor told reporters on Tuesday that the plan would go ahead.", "2026-03-04"));
    }
}

/// <summary>"said Tuesday there is …", "said Tuesday it would …": the day of a saying followed straight by what was said.</summary>
public sealed class SpokenDayClauseTests
{
    [Fact]
    public void Drops_a_saying_day_followed_by_its_clause_when_a_happening_holds_that_day()
    {
        Assert.Equal(["2026-07-14"], EventDates.Of(
            "The ferry ran aground on Tuesday. Nobody was hurt. The coastguard said Tuesday it would inspect the hull.", "2026-07-15"));
    }
}
