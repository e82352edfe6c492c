using Microsoft.EntityFrameworkCore;
using NewsArchive.Data.Common;
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

    [Fact]
    public async Task A_range_starting_mid_year_keeps_the_year_and_month_events_begun_before_it_first()
    {
        await using var archive = await ArchiveData.CreateAsync();

        var page = await archive.Get<EventTimeline>().ListAsync(new TimelineQuery(new DateOnly(2018, 1, 15), new DateOnly(2018, 12, 31)));

        Assert.Equal(["2018", "2018-01"], page.Items.Select(e => e.Date.Iso));
        Assert.Equal(2, page.Total);
    }

    [Fact]
    public async Task A_range_starting_on_the_first_of_a_month_keeps_its_years_event_but_not_the_month_before()
    {
        await using var archive = await ArchiveData.CreateAsync();

        var page = await archive.Get<EventTimeline>().ListAsync(new TimelineQuery(new DateOnly(2018, 2, 1)));

        Assert.Equal(["2018"], page.Items.Select(e => e.Date.Iso));
    }

    [Fact]
    public async Task Pages_of_a_mid_year_range_run_from_the_events_begun_before_it_into_those_inside_it()
    {
        await using var archive = await ArchiveData.CreateAsync();
        var timeline = archive.Get<EventTimeline>();

        var pages = new List<Page<TimelineEvent>>();
        for (var page = 1; page <= 5; page++)
            pages.Add(await timeline.ListAsync(new TimelineQuery(new DateOnly(2016, 3, 1), new DateOnly(2018, 12, 31), Page: page, PageSize: 1)));

        Assert.Equal(["2016", "2018", "2018-01", "2018-01-01"], pages.Take(4).Select(p => Assert.Single(p.Items).Date.Iso));
        Assert.Empty(pages[4].Items);
        Assert.All(pages, p => Assert.Equal(4, p.Total));
    }

    [Fact]
    public async Task The_entity_filter_and_a_mid_year_range_keep_the_entitys_events_begun_before_it()
    {
        await using var archive = await ArchiveData.CreateAsync();

        var page = await archive.Get<EventTimeline>().ListAsync(new TimelineQuery(new DateOnly(2018, 1, 15), EntitySlug: "ice"));

        Assert.Equal(["2018", "2018-01"], page.Items.Select(e => e.Date.Iso));
        Assert.Equal(2, page.Total);
    }

    [Fact]
    public async Task More_events_than_the_count_limit_give_a_capped_total_and_still_a_first_page()
    {
        await using var archive = await ArchiveData.CreateAsync();
        await using (var db = archive.NewContext())
        {
            await db.Database.ExecuteSqlRawAsync($"""
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {EventTimeline.CountLimit + 1})
                INSERT INTO "Events" ("ArticleId", "StartDay", "EndDay", "Precision", "Text", "Start", "End")
                SELECT (SELECT min("Id") FROM "Articles"), '2020-05-05', '2020-05-05', {(int)DatePrecision.Day}, 'A busy day.', 0, 1 FROM n
                """);
        }
        var timeline = archive.Get<EventTimeline>();

        var all = await timeline.ListAsync(new TimelineQuery());
        var year = await timeline.ListAsync(new TimelineQuery(new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31)));
        var earlier = await timeline.ListAsync(new TimelineQuery(To: new DateOnly(2019, 12, 31)));

        Assert.True(all.TotalIsCapped);
        Assert.Equal(EventTimeline.CountLimit, all.Total);
        Assert.Equal("2016", all.Items[0].Date.Iso);
        Assert.True(year.TotalIsCapped);
        Assert.Equal("2020-05-05", year.Items[0].Date.Iso);
        Assert.False(earlier.TotalIsCapped);
        Assert.Equal(4, earlier.Total);
    }
}
