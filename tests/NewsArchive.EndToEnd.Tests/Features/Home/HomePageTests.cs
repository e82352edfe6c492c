using Microsoft.Playwright;
using NewsArchive.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace NewsArchive.EndToEnd.Tests.Features.Home;

[Collection(SeededArchiveCollection.Name)]
public sealed class HomePageTests(SeededArchiveFixture archive)
{
    [Fact]
    public async Task Home_page_lists_the_seed_article_with_a_line_of_its_text_and_a_link_to_its_page()
    {
        await using var context = await archive.NewContextAsync();
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync("/");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ArchiveAppFixture.ScreenshotDirectory, "home.png"), FullPage = true });
        Assert.Equal(200, response!.Status);
        var link = page.GetByRole(AriaRole.Link, new() { Name = SeedArticle.Title });
        await Expect(link).ToBeVisibleAsync();
        Assert.StartsWith("/articles/", await link.GetAttributeAsync("href"));

        var pageText = SeedArticle.Normalize(await page.InnerTextAsync("body"));
        Assert.Contains(SeedArticle.Normalize(SeedArticle.Paragraphs[0])[..60], pageText);
    }

    [Fact]
    public async Task Home_page_lists_the_latest_articles_without_numbers_sticking_out_to_the_left()
    {
        await using var context = await archive.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        var list = page.GetByTestId("latest-articles");
        await Expect(list).ToBeVisibleAsync();
        // A web-first assertion: the prerendered list may be swapped for the interactive one while we look.
        await Expect(list.Locator("li").First).ToHaveCSSAsync("list-style-type", "none");
        var overhang = await list.EvaluateAsync<double>("l => l.getBoundingClientRect().left - l.parentElement.getBoundingClientRect().left");
        Assert.True(overhang >= 0, $"The list starts {overhang}px left of its container");
    }
}
