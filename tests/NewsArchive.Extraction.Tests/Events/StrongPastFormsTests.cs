namespace NewsArchive.Extraction.Tests.Events;

/// <summary>
/// "pupils sat the exam on 11 November", "he underwent surgery on Monday", "she learnt of the cut in May": strong and
/// British past forms are past verbs like "took"; "sat" or "stood" with an object is done, not a state held.
/// </summary>
public sealed class StrongPastFormsTests
{
    [Theory]
    [InlineData("Pupils sat the entrance exam on Saturday, November 11.", "2023-11-11")]
    [InlineData("The striker underwent surgery on Monday.", "2024-01-22")]
    [InlineData("Staff learnt of the closure in December.", "2023-12")]
    [InlineData("The firm repaid the loan in October.", "2023-10")]
    [InlineData("He stood trial in November.", "2023-11")]
    public void Dates_a_happening_told_with_a_strong_past_form(string body, string expected)
    {
        Assert.Equal([expected], EventDates.Of(body, "2024-01-27"));
    }

    [Fact]
    public void Keeps_sat_at_a_level_a_state()
    {
        Assert.Empty(EventDates.Of("The index sat at 4.2% on Friday.", "2024-01-27"));
    }
}
