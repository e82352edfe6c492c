using Microsoft.Playwright;
using NewsArchive.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace NewsArchive.EndToEnd.Tests.Features.Timeline;

[Collection(SeededArchiveCollection.Name)]
public sealed class TimelinePageTests(SeededArchiveFixture archive)
{
    [Fact]
    public async Task Timeline_shows_the_seed_articles_dated_events_under_their_years()
    {
        await using var context = await archive.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/timeline", new() { WaitUntil = WaitUntilState.NetworkIdle });
        await page.ScreenshotAsync(new() { Path = Path.Combine(ArchiveAppFixture.ScreenshotDirectory, "timeline.png"), FullPage = true });

        var years = page.GetByTestId("timeline-year");
        await Expect(years.Filter(new() { HasText = "city council passed an ordinance" }).GetByRole(AriaRole.Heading, new() { Level = 2 }))
            .ToHaveTextAsync("2017");
        await Expect(years.Filter(new() { HasText = "Jeff Sessions sent letters" }).GetByRole(AriaRole.Heading, new() { Level = 2 }))
            .ToHaveTextAsync("2018");
    }

    [Fact]
    public async Task An_events_link_opens_its_article_at_that_event()
    {
        await using var context = await archive.NewContextAsync();
        var page = await context.NewPageAsync();
        // Interactive, as a reader finds it: the link must leave the interactive router for the static article page.
        await page.GotoInteractiveAsync("/timeline");

        var happening = page.GetByTestId("timeline-event").Filter(new() { HasText = "city council passed an ordinance" });
        var link = happening.GetByTestId("timeline-link");
        var href = await link.GetAttributeAsync("href");
        await link.ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/articles/[a-z0-9-]+#event-\d+$"));
        var anchor = page.Locator(href![href!.IndexOf('#')..]);
        await Expect(anchor).ToContainTextAsync("city council passed an ordinance");
        await Expect(anchor).ToBeInViewportAsync();
        // Once everything has settled the address is still exactly the link's, with nothing added after the fragment.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.EndsWith(href, page.Url, StringComparison.Ordinal);
    }
}
