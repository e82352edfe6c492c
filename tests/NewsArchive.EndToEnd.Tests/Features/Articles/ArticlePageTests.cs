using Microsoft.Playwright;
using NewsArchive.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace NewsArchive.EndToEnd.Tests.Features.Articles;

[Collection(SeededArchiveCollection.Name)]
public sealed class ArticlePageTests(SeededArchiveFixture archive)
{
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
