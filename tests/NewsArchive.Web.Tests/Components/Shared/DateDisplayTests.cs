using NewsArchive.Extraction.Dates;
using NewsArchive.Web.Components.Shared;

namespace NewsArchive.Web.Tests.Components.Shared;

public sealed class DateDisplayTests
{
    [Fact]
    public void Shows_a_year_date_as_the_year_alone() =>
        Assert.Equal("2018", DateDisplay.Format(PartialDate.OfYear(2018)));

    [Fact]
    public void Shows_a_month_date_as_short_month_and_year() =>
        Assert.Equal("Aug 2017", DateDisplay.Format(PartialDate.OfMonth(2017, 8)));

    [Fact]
    public void Shows_a_day_date_as_day_short_month_and_year() =>
        Assert.Equal("12 Mar 2019", DateDisplay.Format(PartialDate.OfDay(new DateOnly(2019, 3, 12))));
}
