using Microsoft.Playwright;
using NewsArchive.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace NewsArchive.EndToEnd.Tests.Features.Articles;

[Collection(SeededArchiveCollection.Name)]
public sealed class ArticlesPageTests(SeededArchiveFixture archive)
{
    [Fact]
    public async Task Search_finds_the_seed_article_by_a_word_of_its_body_and_highlights_the_word()
    {
        await using var context = await archive.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoInteractiveAsync("/articles");
        // The circuit's first render batch may belong to another root component (the head outlet); the form says when it is ready.
        await Expect(page.GetByTestId("article-search")).ToHaveAttributeAsync("data-ready", "true");

        await page.Locator("#article-search-input").FillAsync("detainers");
        await page.Locator("#article-search-input").PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"[?&]q=detainers"));
        var result = page.GetByTestId("search-result");
        await Expect(result).ToHaveCountAsync(1);
        await Expect(result.GetByRole(AriaRole.Link, new() { Name = SeedArticle.Title })).ToBeVisibleAsync();
        await Expect(result.Locator("mark").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("(?i)^detainers?$"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(ArchiveAppFixture.ScreenshotDirectory, "search.png"), FullPage = true });
    }

    [Fact]
    public async Task Search_says_nothing_was_found_for_a_word_no_article_has()
    {
        await using var context = await archive.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/articles?q=zeppelin");

        await Expect(page.GetByText("No articles found")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("search-result")).ToHaveCountAsync(0);
    }
}
