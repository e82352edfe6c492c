using Microsoft.Playwright;
using NewsArchive.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace NewsArchive.EndToEnd.Tests.Features.Articles;

[Collection(SeededArchiveCollection.Name)]
public sealed class ArticlePagesTests(SeededArchiveFixture archive)
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
    public async Task Article_page_shows_the_title_credit_and_every_paragraph_of_the_seed_article()
    {
        await using var context = await archive.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = SeedArticle.Title }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/articles/[a-z0-9-]+$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = SeedArticle.Title, Level = 1 })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(ArchiveAppFixture.ScreenshotDirectory, "article.png"), FullPage = true });
        var pageText = SeedArticle.Normalize(await page.InnerTextAsync("body"));
        Assert.Contains(SeedArticle.Credit, pageText);
        Assert.All(SeedArticle.Paragraphs, paragraph =>
            Assert.True(WordSequence.Contains(pageText, paragraph), $"Paragraph not shown: {paragraph}"));
    }
}
