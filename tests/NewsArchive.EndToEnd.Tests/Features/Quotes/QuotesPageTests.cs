using Microsoft.Playwright;
using NewsArchive.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace NewsArchive.EndToEnd.Tests.Features.Quotes;

[Collection(SeededArchiveCollection.Name)]
public sealed class QuotesPageTests(SeededArchiveFixture archive)
{
    [Fact]
    public async Task Picking_a_speaker_from_the_suggestions_lists_only_that_speakers_quotes()
    {
        await using var context = await archive.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoInteractiveAsync("/quotes");
        // The circuit's first render batch may belong to another root component (the head outlet); the page says when it is ready.
        await Expect(page.GetByTestId("quotes-page")).ToHaveAttributeAsync("data-ready", "true");

        var speakerBox = page.Locator("#speaker-search");
        await speakerBox.ClickAsync();
        await speakerBox.PressSequentiallyAsync("Hanc", new() { Delay = 50 });
        await Expect(speakerBox).ToHaveValueAsync("Hanc");
        var option = page.GetByTestId("speaker-option").Filter(new() { HasText = "Michael Hancock" });
        await Expect(option).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(ArchiveAppFixture.ScreenshotDirectory, "quotes-suggestions.png") });
        await option.ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Quotes by Michael Hancock", Level = 1 })).ToBeVisibleAsync();
        var quotes = page.GetByTestId("quote-item");
        await Expect(quotes.Filter(new() { HasText = "We need to separate fact from the President" })).ToHaveCountAsync(1);
        await Expect(quotes.Filter(new() { HasText = "Denver won" })).ToHaveCountAsync(1);
        Assert.All(await page.GetByTestId("quote-speaker").AllInnerTextsAsync(), name => Assert.Equal("Michael Hancock", name));
        await page.ScreenshotAsync(new() { Path = Path.Combine(ArchiveAppFixture.ScreenshotDirectory, "quotes.png"), FullPage = true });
    }

    [Fact]
    public async Task A_quotes_link_opens_its_article_at_that_quote()
    {
        await using var context = await archive.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoInteractiveAsync("/quotes?speaker=Michael%20Hancock");
        await Expect(page.GetByTestId("quotes-page")).ToHaveAttributeAsync("data-ready", "true");

        var quote = page.GetByTestId("quote-item").Filter(new() { HasText = "We need to separate fact from the President" });
        var link = quote.GetByTestId("quote-link");
        var href = await link.GetAttributeAsync("href");
        await link.ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/articles/[a-z0-9-]+#quote-\d+$"));
        var anchor = page.Locator(href![href!.IndexOf('#')..]);
        await Expect(anchor).ToContainTextAsync("We need to separate fact from the President");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ArchiveAppFixture.ScreenshotDirectory, "article-at-quote.png") });
        await Expect(anchor).ToBeInViewportAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.EndsWith(href, page.Url, StringComparison.Ordinal);
    }
}
