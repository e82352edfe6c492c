using Bunit;
using NewsArchive.Web.Components.Layout;

namespace NewsArchive.Web.Tests.Components.Layout;

public sealed class ThemeToggleTests : ArchiveBunitContext
{
    [Fact]
    public void Offers_dark_theme_when_light_and_returns_to_the_current_page()
    {
        var cut = Render<ThemeToggle>(p => p.Add(x => x.Dark, false).Add(x => x.ReturnUrl, "/quotes?speaker=A B"));

        var form = cut.Find("form");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("/preferences/theme", form.GetAttribute("action"));
        Assert.Equal("dark", cut.Find("input[name=mode]").GetAttribute("value"));
        Assert.Equal("/quotes?speaker=A B", cut.Find("input[name=returnUrl]").GetAttribute("value"));
        Assert.Equal("Switch to dark theme", cut.Find("[data-testid=theme-toggle]").GetAttribute("aria-label"));
    }

    [Fact]
    public void Offers_light_theme_when_dark()
    {
        var cut = Render<ThemeToggle>(p => p.Add(x => x.Dark, true));

        Assert.Equal("light", cut.Find("input[name=mode]").GetAttribute("value"));
        Assert.Equal("Switch to light theme", cut.Find("[data-testid=theme-toggle]").GetAttribute("aria-label"));
    }
}
