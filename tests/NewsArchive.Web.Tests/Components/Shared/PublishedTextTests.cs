using Bunit;
using NewsArchive.Extraction;
using NewsArchive.Extraction.Dates;
using NewsArchive.Web.Components.Shared;

namespace NewsArchive.Web.Tests.Components.Shared;

public sealed class PublishedTextTests : ArchiveBunitContext
{
    [Fact]
    public void Flags_an_inferred_date()
    {
        var cut = Render<PublishedText>(p => p.Add(x => x.Published, new PublicationDate(PartialDate.OfDay(new DateOnly(2019, 4, 12)), true)));

        Assert.Equal("12 Apr 2019", cut.Find("time").TextContent);
        Assert.Equal("inferred", cut.Find("[data-testid=published-inferred]").TextContent);
    }

    [Fact]
    public void Shows_a_date_from_metadata_without_a_flag()
    {
        var cut = Render<PublishedText>(p => p.Add(x => x.Published, new PublicationDate(PartialDate.OfMonth(2019, 4), false)));

        Assert.Equal("Apr 2019", cut.Find("time").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=published-inferred]"));
    }

    [Fact]
    public void Says_the_date_is_unknown_when_there_is_none() =>
        Assert.Equal("date unknown", Render<PublishedText>().Find("[data-testid=published]").TextContent);
}
