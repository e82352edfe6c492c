using Bunit;
using NewsArchive.Web.Components.Shared;

namespace NewsArchive.Web.Tests.Components.Shared;

public sealed class StateComponentsTests : ArchiveBunitContext
{
    [Fact]
    public void Empty_state_shows_its_title_and_guidance()
    {
        var cut = Render<EmptyState>(p => p.Add(x => x.Title, "No quotes found").AddChildContent("Try another speaker."));

        Assert.Contains("No quotes found", cut.Find("[data-testid=empty-state]").TextContent);
        Assert.Contains("Try another speaker.", cut.Find("[data-testid=empty-state]").TextContent);
    }

    [Fact]
    public void Error_state_is_an_alert_with_the_message()
    {
        var cut = Render<ErrorState>(p => p.Add(x => x.Message, "The archive could not be read."));

        var alert = cut.Find("[data-testid=error-state]");
        Assert.Equal("alert", alert.GetAttribute("role"));
        Assert.Contains("The archive could not be read.", alert.TextContent);
    }

    [Fact]
    public void Loading_state_announces_itself_politely()
    {
        var cut = Render<LoadingState>(p => p.Add(x => x.Text, "Finding quotes…"));

        var status = cut.Find("[data-testid=loading-state]");
        Assert.Equal("polite", status.GetAttribute("aria-live"));
        Assert.Contains("Finding quotes…", status.TextContent);
    }
}
