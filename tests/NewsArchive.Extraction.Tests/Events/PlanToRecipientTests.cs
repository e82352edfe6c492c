namespace NewsArchive.Extraction.Tests.Events;

/// <summary>
/// "presented the plan to the council on Tuesday", "closed due to the flooding on Monday": "plan to" or "due to" before a
/// determiner is a noun with its recipient (or a cause), not an infinitive of intent, so the past verb dates the day.
/// </summary>
public sealed class PlanToRecipientTests
{
    [Fact]
    public void Dates_a_plan_shown_to_a_body_on_a_weekday_to_the_past_day()
    {
        Assert.Equal(["2026-05-12"], EventDates.Of("The chief executive presented the plan to the council on Tuesday.", "2026-05-14"));
        Assert.Equal(["2026-05-11"], EventDates.Of("Officers outlined their plans to a packed meeting on Monday.", "2026-05-14"));
    }

    [Fact]
    public void Dates_a_closure_due_to_a_cause_to_the_past_day()
    {
        Assert.Equal(["2026-05-11"], EventDates.Of("The school closed due to the flooding on Monday.", "2026-05-14"));
    }

    [Fact]
    public void Keeps_an_infinitive_of_intent_ahead()
    {
        Assert.Equal(["2026-05-19"], EventDates.Of("The council said it planned to publish the report on Tuesday.", "2026-05-14"));
    }
}
