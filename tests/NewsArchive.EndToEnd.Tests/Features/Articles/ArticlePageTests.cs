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
        // Clicked once the circuit is up: a click on the prerendered page can be lost when the interactive render replaces it.
        await page.GotoInteractiveAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = SeedArticle.Title }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/articles/[a-z0-9-]+$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = SeedArticle.Title, Level = 1 })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(ArchiveAppFixture.ScreenshotDirectory, "article.png"), FullPage = true });
        var pageText = SeedArticle.Normalize(await page.InnerTextAsync("body"));
        Assert.Contains(SeedArticle.Credit, pageText);
        Assert.All(SeedArticle.Paragraphs, paragraph =>
            Assert.True(WordSequence.Contains(pageText, paragraph), $"Paragraph not shown: {paragraph}"));
    }

    [Fact]
    public async Task Article_page_puts_each_speaker_after_the_closing_quotation_mark_and_space_before_each_count()
    {
        await using var context = await archive.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoInteractiveAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = SeedArticle.Title }).ClickAsync();
        await Expect(page.GetByTestId("article-body")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(ArchiveAppFixture.ScreenshotDirectory, "article-layout.png"), FullPage = true });

        // The text just before each speaker note, i.e. the end of the quote it names.
        var beforeSpeakers = await page.Locator(".article-body .quote-speaker")
            .EvaluateAllAsync<string[]>("notes => notes.map(n => n.previousElementSibling ? n.previousElementSibling.textContent.trim() : '')");
        Assert.NotEmpty(beforeSpeakers);
        Assert.All(beforeSpeakers, text => Assert.Contains(text[^1], "”\"’»"));

        // Each mention count sits clear of the name or role before it (a count wrapped onto the next line is clear of it too).
        var gaps = await page.Locator(".side-list .side-count").EvaluateAllAsync<double[]>("""
            counts => counts.map(count => {
                const before = [...count.previousElementSibling.getClientRects()].pop();
                const box = count.getBoundingClientRect();
                return box.top >= before.bottom - 1 ? Infinity : box.left - before.right;
            })
            """);
        Assert.NotEmpty(gaps);
        Assert.All(gaps, gap => Assert.True(gap >= 4, $"Count only {gap}px from the name"));
    }
}
