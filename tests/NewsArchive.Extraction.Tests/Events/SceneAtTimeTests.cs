namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"Shoppers queuing at the market yesterday were in good spirits": a day inside a scene's subject, before "was"/"were", is no happening of its own.</summary>
public sealed class SceneAtTimeTests
{
    [Fact]
    public void Leaves_a_scene_set_on_a_day()
    {
        Assert.Empty(EventDates.Of("Shoppers queuing at the market yesterday were in good spirits.", "2027-12-21"));
    }

    [Fact]
    public void Leaves_a_list_of_people_present()
    {
        Assert.Empty(EventDates.Of("Among the marchers on Sunday was a retired judge.", "2027-12-21"));
    }

    [Fact]
    public void Keeps_a_happening_told_with_a_passive()
    {
        Assert.Equal(["2027-12-20"], EventDates.Of("A man found at the scene yesterday was arrested.", "2027-12-21"));
    }
}
