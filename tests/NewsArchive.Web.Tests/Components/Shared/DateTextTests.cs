using Bunit;
using NewsArchive.Extraction.Dates;
using NewsArchive.Web.Components.Shared;

namespace NewsArchive.Web.Tests.Components.Shared;

public sealed class DateTextTests : ArchiveBunitContext
{
    [Fact]
    public void Renders_a_time_element_with_the_iso_date_at_its_precision()
    {
        var cut = Render<DateText>(p => p.Add(x => x.Date, PartialDate.OfMonth(2017, 8)));

        var time = cut.Find("time");
        Assert.Equal("2017-08", time.GetAttribute("datetime"));
        Assert.Equal("month", time.GetAttribute("data-precision"));
        Assert.Equal("Aug 2017", time.TextContent);
    }
}
