using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Web.Components.Layout;
using NewsArchive.Web.Features.Preferences;

namespace NewsArchive.Web.Tests.Components.Layout;

public sealed class MainLayoutTests : ArchiveBunitContext
{
    private IRenderedComponent<MainLayout> RenderAt(string address, bool dark)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        return Render<MainLayout>(p => p
            .AddCascadingValue(new ThemeChoice(dark))
            .Add(x => x.Body, (RenderFragment)(b => b.AddMarkupContent(0, "<h1>Page body</h1>"))));
    }

    [Fact]
    public void Puts_the_page_in_main_after_a_skip_link_to_it()
    {
        var cut = RenderAt("/timeline?from=2018", dark: false);

        Assert.Equal("Page body", cut.Find("main#main h1").TextContent);
        Assert.Equal("/timeline#main", cut.Find("a.skip-link").GetAttribute("href"));
        Assert.NotNull(cut.Find("[data-testid=global-search]"));
        Assert.NotNull(cut.Find("nav[aria-label=Main]"));
    }

    [Fact]
    public void Theme_toggle_returns_to_the_current_address_with_its_query()
    {
        var cut = RenderAt("/timeline?from=2018", dark: true);

        Assert.Equal("light", cut.Find(".archive-theme-toggle input[name=mode]").GetAttribute("value"));
        Assert.Equal("/timeline?from=2018", cut.Find(".archive-theme-toggle input[name=returnUrl]").GetAttribute("value"));
    }
}
