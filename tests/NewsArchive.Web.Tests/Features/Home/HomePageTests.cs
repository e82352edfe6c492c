using Bunit;
using NewsArchive.Web.Features.Home;

namespace NewsArchive.Web.Tests.Features.Home;

public sealed class HomePageTests : PageTestContext
{
    [Fact]
    public void Lists_each_article_with_date_and_first_line_linking_to_its_page()
    {
        var cut = RenderPage<HomePage>("/");

        var items = cut.FindAll("[data-testid=article-item]");
        Assert.Equal(2, items.Count);
        var newest = items[0];
        Assert.Equal("/articles/" + SampleArticles.MayorSlug, newest.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Mayor rejects threat to sanctuary cities", newest.QuerySelector("a")!.TextContent);
        Assert.Equal("12 Apr 2019", newest.QuerySelector("time")!.TextContent);
        Assert.Contains("Denver Mayor Michael Hancock pushed back", newest.QuerySelector(".article-first-line")!.TextContent);
    }
}

public sealed class HomePageOnEmptyArchiveTests : PageTestContext
{
    protected override Task<TestArchive> CreateArchiveAsync() => Task.FromResult(new TestArchive());

    [Fact]
    public void Shows_an_empty_state_that_points_to_ingest_when_there_are_no_articles()
    {
        var cut = RenderPage<HomePage>("/");

        var empty = cut.Find("[data-testid=empty-state]");
        Assert.Contains("The archive is empty", empty.TextContent);
        Assert.Equal("/ingest", empty.QuerySelector("a")!.GetAttribute("href"));
        Assert.Empty(cut.FindAll("[data-testid=article-item]"));
    }
}
