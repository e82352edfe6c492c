namespace NewsArchive.Extraction.Tests.Events;

/// <summary>A date inside a condition or an open question ("if", "whether") is a supposition, not a happening.</summary>
public sealed class ConditionalDateTests
{
    [Fact]
    public void Leaves_a_date_inside_a_whether_clause_undated()
    {
        Assert.Equal(["2026-08-20"],
            EventDates.Of("The district said it would decide by noon Thursday whether to cancel classes on Friday.", "2026-08-19"));
    }

    [Fact]
    public void Keeps_a_fact_told_in_a_when_clause_inside_the_question()
    {
        Assert.Equal(["2026-07-01"],
            EventDates.Of("The question was whether the supplier could hold its margins when the price cap changes on July 1.", "2026-06-10"));
    }
}
