using Microsoft.Playwright;
using NewsArchive.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace NewsArchive.EndToEnd.Tests.Features.Layout;

/// <summary>The theme switch is an antiforgery-checked form post: it must work from a live circuit and from a static page.</summary>
[Collection(SeededArchiveCollection.Name)]
public sealed class ThemeTogglePageTests(SeededArchiveFixture archive)
{
    [Fact]
    public async Task Theme_switches_to_dark_on_an_interactive_page_and_back_to_light_on_the_static_article_page()
    {
        await using var context = await archive.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoInteractiveAsync("/quotes");
        await Expect(page.GetByTestId("quotes-page")).ToHaveAttributeAsync("data-ready", "true");
        await Expect(page.Locator("meta[name=color-scheme]")).ToHaveAttributeAsync("content", "light");

        await page.GetByTestId("theme-toggle").ClickAsync();

        await Expect(page.Locator("meta[name=color-scheme]")).ToHaveAttributeAsync("content", "dark");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Switch to light theme" })).ToBeVisibleAsync();
        Assert.EndsWith("/quotes", page.Url, StringComparison.Ordinal);

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = SeedArticle.Title }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = SeedArticle.Title, Level = 1 })).ToBeVisibleAsync();
        var article = page.Url;
        await page.GetByTestId("theme-toggle").ClickAsync();

        await Expect(page.Locator("meta[name=color-scheme]")).ToHaveAttributeAsync("content", "light");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Switch to dark theme" })).ToBeVisibleAsync();
        Assert.Equal(article, page.Url);
    }
}
