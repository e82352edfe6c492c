using NewsArchive.Data.Timeline;
using NewsArchive.Extraction.Dates;

namespace NewsArchive.Data.Tests.Timeline;

public sealed class EventTimelineTests
{
    [Fact]
    public async Task Events_are_ordered_by_start_of_span_with_coarser_precision_first_on_ties()
    {
        await using var archive = await ArchiveData.CreateAsync();

        var page = await archive.Get<EventTimeline>().ListAsync(new TimelineQuery());

        Assert.Equal(["2016", "2018", "2018-01", "2018-01-01"], page.Items.Select(e => e.Date.Iso));
        Assert.Equal(DatePrecision.Year, page.Items[1].Date.Precision);
        Assert.Equal("January 2018", page.Items[2].Date.Display);
    }

    [Fact]
    public async Task The_range_keeps_events_whose_span_overlaps_it()
    {
        await using var archive = await ArchiveData.CreateAsync();

        var page = await archive.Get<EventTimeline>().ListAsync(new TimelineQuery(new DateOnly(2018, 6, 1), new DateOnly(2019, 1, 1)));

        Assert.Equal(["2018"], page.Items.Select(e => e.Date.Iso));
    }

    [Fact]
    public async Task The_entity_filter_keeps_events_the_entity_takes_part_in()
    {
        await using var archive = await ArchiveData.CreateAsync();

        var page = await archive.Get<EventTimeline>().ListAsync(new TimelineQuery(EntitySlug: "ice"));

        Assert.Equal(["2018", "2018-01"], page.Items.Select(e => e.Date.Iso));
        Assert.All(page.Items, e => Assert.Contains(e.Actors, a => a.Slug == "ice"));
        Assert.Equal("hancock-pushes-back", page.Items[0].ArticleSlug);
    }

    [Fact]
    public async Task All_returns_every_event_in_timeline_order()
    {
        await using var archive = await ArchiveData.CreateAsync();

        var all = await archive.Get<EventTimeline>().AllAsync(new TimelineQuery(PageSize: 1));

        Assert.Equal(4, all.Count);
        Assert.Equal("2016", all[0].Date.Iso);
    }

    [Fact]
    public async Task The_entity_filter_and_a_range_together_keep_the_entitys_overlapping_events()
    {
        await using var archive = await ArchiveData.CreateAsync();

        var page = await archive.Get<EventTimeline>().ListAsync(new TimelineQuery(new DateOnly(2018, 6, 1), new DateOnly(2019, 1, 1), EntitySlug: "ice"));

        Assert.Equal(["2018"], page.Items.Select(e => e.Date.Iso));
        Assert.Equal(1, page.Total);
        Assert.Equal(["denver", "ice"], page.Items[0].Actors.Select(a => a.Slug));
    }

    [Fact]
    public async Task Pages_of_an_entitys_events_follow_timeline_order_and_count_them_all()
    {
        await using var archive = await ArchiveData.CreateAsync();

        var second = await archive.Get<EventTimeline>().ListAsync(new TimelineQuery(EntitySlug: "ice", Page: 2, PageSize: 1));

        Assert.Equal(2, second.Total);
        Assert.Equal(["2018-01"], second.Items.Select(e => e.Date.Iso));
    }
}
