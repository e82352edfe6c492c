using Bunit;
using NewsArchive.Web.Features.Entities;

namespace NewsArchive.Web.Tests.Features.Entities;

public sealed class EntitiesPageTests : PageTestContext
{
    [Fact]
    public void Lists_only_people_on_the_people_page_most_mentioned_first()
    {
        var cut = RenderPage<EntitiesPage>("/people");

        var names = cut.FindAll("[data-testid=entity-row] a").Select(a => a.TextContent).ToList();
        Assert.Equal("Michael Hancock", names[0]);
        Assert.Equal(["Mark Silverstein", "Michael Hancock", "Phil Weiser"], names.Order());
        Assert.Equal("People", cut.Find("h1").TextContent);
    }

    [Fact]
    public void Filters_by_the_start_of_a_name_from_the_address()
    {
        var cut = RenderPage<EntitiesPage>("/organizations?q=aclu");

        var row = Assert.Single(cut.FindAll("[data-testid=entity-row]"));
        Assert.Equal("/organizations/aclu-of-colorado", row.QuerySelector("a")!.GetAttribute("href"));
    }
}
