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
        await page.GotoAsync("/quotes", new() { WaitUntil = WaitUntilState.NetworkIdle });

        await page.Locator("#speaker-search").PressSequentiallyAsync("Hanc", new() { Delay = 50 });
        await page.GetByTestId("speaker-option").Filter(new() { HasText = "Michael Hancock" }).ClickAsync();

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
        await page.GotoAsync("/quotes?speaker=Michael%20Hancock");

        var quote = page.GetByTestId("quote-item").Filter(new() { HasText = "We need to separate fact from the President" });
        await quote.GetByTestId("quote-link").ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/articles/[a-z0-9-]+#quote-\d+$"));
        var anchor = page.Locator(new Uri(page.Url).Fragment);
        await Expect(anchor).ToContainTextAsync("We need to separate fact from the President");
        await Expect(anchor).ToBeInViewportAsync();
    }
}
