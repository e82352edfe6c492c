using Microsoft.Extensions.DependencyInjection;
using Bunit;
using NewsArchive.Web.Components.Layout;

namespace NewsArchive.Web.Tests.Components.Layout;

public sealed class NavBarTests : ArchiveBunitContext
{
    [Fact]
    public void Links_every_section_in_reading_order()
    {
        var cut = Render<NavBar>();

        var links = cut.FindAll("nav[aria-label=Main] a");
        Assert.Equal(["Articles", "Quotes", "Timeline", "People", "Organizations", "Ingest"], links.Select(a => a.TextContent.Trim()));
        Assert.Equal(["/articles", "/quotes", "/timeline", "/people", "/organizations", "/ingest"], links.Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Marks_the_section_of_the_current_address_as_active()
    {
        Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo("/quotes?speaker=x");

        var cut = Render<NavBar>();

        var active = Assert.Single(cut.FindAll("a.active"));
        Assert.Equal("/quotes", active.GetAttribute("href"));
    }
}
