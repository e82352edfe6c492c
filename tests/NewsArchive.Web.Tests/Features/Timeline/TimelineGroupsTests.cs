using NewsArchive.Data.Common;
using NewsArchive.Data.Timeline;
using NewsArchive.Extraction;
using NewsArchive.Extraction.Dates;
using NewsArchive.Web.Features.Timeline;

namespace NewsArchive.Web.Tests.Features.Timeline;

public sealed class TimelineGroupsTests
{
    private static TimelineEvent At(PartialDate date) =>
        new(1, new PartialDateView(date.Start, date.Precision), "s", [], "a", "A", new TextSpan(0, 1));

    [Fact]
    public void Puts_a_year_only_event_before_that_years_months()
    {
        var groups = TimelineGroups.Group([At(PartialDate.OfYear(2018)), At(PartialDate.OfMonth(2018, 1)), At(PartialDate.OfDay(new DateOnly(2018, 1, 5)))]);

        var year = Assert.Single(groups);
        Assert.Equal(2018, year.Year);
        Assert.Equal(["During the year", "January"], year.Months.Select(m => m.Heading));
        Assert.Equal(2, year.Months[1].Events.Count);
    }
}
