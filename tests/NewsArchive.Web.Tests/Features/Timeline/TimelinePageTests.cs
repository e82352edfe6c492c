using Bunit;
using NewsArchive.Web.Features.Timeline;

namespace NewsArchive.Web.Tests.Features.Timeline;

public sealed class TimelinePageTests : PageTestContext
{
    [Fact]
    public void Lists_every_event_in_date_order_with_dates_at_their_precision()
    {
        var cut = RenderPage<TimelinePage>("/timeline");

        var dates = cut.FindAll("[data-testid=timeline-event] [data-testid=timeline-date]").Select(d => d.TextContent);
        Assert.Equal(["Aug 2017", "2018", "12 Mar 2019"], dates);
        Assert.Equal(["2017", "2018", "2019"], cut.FindAll(".timeline-year-heading").Select(h => h.TextContent));
        Assert.Equal(["August", "During the year", "March"], cut.FindAll(".timeline-month-heading").Select(h => h.TextContent));
    }

    [Fact]
    public void Shows_each_event_with_its_sentence_actors_and_a_link_to_its_sentence()
    {
        var cut = RenderPage<TimelinePage>("/timeline");

        var ice = cut.FindAll("[data-testid=timeline-event]")[1];
        Assert.Equal("In 2018, ICE sent 108 requests.", ice.QuerySelector("[data-testid=timeline-sentence]")!.TextContent);
        Assert.Equal("Immigration and Customs Enforcement", ice.QuerySelector("[data-testid=timeline-actor]")!.TextContent);
        Assert.Equal($"/articles/{SampleArticles.MayorSlug}#event-2", ice.QuerySelector("[data-testid=timeline-link]")!.GetAttribute("href"));
    }

    [Fact]
    public void Keeps_only_events_overlapping_the_date_range_in_the_address()
    {
        var cut = RenderPage<TimelinePage>("/timeline?from=2018&to=2018-12");

        Assert.Equal(["2018"], cut.FindAll("[data-testid=timeline-date]").Select(d => d.TextContent));
    }

    [Fact]
    public void Keeps_only_events_of_the_entity_in_the_address()
    {
        var cut = RenderPage<TimelinePage>("/timeline?entity=phil-weiser");

        var ev = Assert.Single(cut.FindAll("[data-testid=timeline-event]"));
        Assert.Contains("Phil Weiser filed a lawsuit", ev.TextContent);
        Assert.Equal("Timeline: Phil Weiser", cut.Find("h1").TextContent);
    }

    [Fact]
    public void Explains_a_date_it_cannot_read_and_ignores_it()
    {
        var cut = RenderPage<TimelinePage>("/timeline?from=last%20week");

        Assert.Contains("Use YYYY, YYYY-MM or YYYY-MM-DD.", cut.Markup);
        Assert.Equal(3, cut.FindAll("[data-testid=timeline-event]").Count);
    }

    [Fact]
    public async Task Applying_a_date_range_puts_it_in_the_address()
    {
        var cut = RenderPage<TimelinePage>("/timeline");

        await cut.Find("#timeline-from").ChangeAsync("2018");
        await cut.Find("#timeline-to").ChangeAsync("2019-03");
        await cut.Find("[data-testid=timeline-filters]").SubmitAsync();

        Assert.EndsWith("/timeline?from=2018&to=2019-03", Navigation.Uri);
    }
}
