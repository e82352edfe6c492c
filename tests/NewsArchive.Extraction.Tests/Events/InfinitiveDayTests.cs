namespace NewsArchive.Extraction.Tests.Events;

/// <summary>A day whose nearest verb is an infinitive has no tense of its own: it is the nearest such day.</summary>
public sealed class InfinitiveDayTests
{
    [Fact]
    public void Dates_a_day_a_past_vote_set_ahead_in_the_coming_months()
    {
        Assert.Equal(["2027-06-14"],
            EventDates.Of("The trustees voted 5-2 to move graduation back to June 14.", "2027-02-03"));
    }

    [Fact]
    public void Dates_a_day_after_an_infinitive_whose_verb_looks_past()
    {
        // "put", "set", "cut" are past forms too; after "to" they are the infinitive.
        Assert.Equal(["2027-05-04"],
            EventDates.Of("The board voted to put the levy on the ballot on May 4.", "2027-02-03"));
    }

    [Fact]
    public void Dates_a_day_a_request_sets_in_the_coming_weeks()
    {
        Assert.Equal(["2026-11-04"],
            EventDates.Of("The mayor has asked the housing office to present its findings to the finance committee on Nov. 4.", "2026-10-21"));
    }

    [Fact]
    public void Dates_a_promised_day_after_a_noun_of_intent()
    {
        Assert.Equal(["2026-12-02"],
            EventDates.Of("The ministry pointed to its commitment to publish the review on 2 December.", "2026-10-01"));
    }

    [Fact]
    public void Dates_a_supposed_day_ahead()
    {
        Assert.Equal(["2026-12-09"],
            EventDates.Of("The first grants are supposed to go out Dec. 9, officials said.", "2026-10-30"));
    }

    [Fact]
    public void Keeps_a_recent_infinitive_day_in_the_past()
    {
        Assert.Equal(["2026-03-03"],
            EventDates.Of("The minister travelled to Leeds to meet the families on 3 March.", "2026-03-10"));
    }

    [Fact]
    public void Keeps_a_day_after_to_before_a_compound_in_the_past()
    {
        Assert.Equal(["2026-06-10"],
            EventDates.Of("The harbour was reopened to deep-water ships on June 10.", "2026-11-20"));
    }

    [Fact]
    public void Keeps_a_day_a_finite_past_verb_governs_in_the_past()
    {
        Assert.Equal(["2026-03-03"],
            EventDates.Of("The council wrote to residents who complained on March 3.", "2026-11-20"));
    }
}
