namespace NewsArchive.Extraction.Tests.Events;

/// <summary>
/// A past form joined by "and" to a participle after "be" ("to be charged and brought before …") is the second participle
/// of one passive, not a past tense that would put the date behind the story.
/// </summary>
public sealed class CoordinatedPassiveParticipleTests
{
    [Theory]
    [InlineData("The driver is expected to be charged and brought before magistrates on Friday.", "2026-03-13")]
    [InlineData("The two men will be questioned and released on bail on Friday.", "2026-03-13")]
    public void Keeps_a_coming_passive_ahead(string body, string date)
    {
        Assert.Equal([date], EventDates.Of(body, "2026-03-10"));
    }

    [Fact]
    public void Keeps_a_past_passive_behind()
    {
        Assert.Equal(["2026-03-06"], EventDates.Of("The driver was arrested and charged on Friday.", "2026-03-10"));
    }
}
