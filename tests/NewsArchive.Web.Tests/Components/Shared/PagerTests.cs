using Bunit;
using NewsArchive.Web.Components.Shared;

namespace NewsArchive.Web.Tests.Components.Shared;

public sealed class PagerTests : ArchiveBunitContext
{
    [Fact]
    public void Links_to_the_pages_before_and_after_the_current_one()
    {
        var cut = Render<Pager>(p => p.Add(x => x.Page, 2).Add(x => x.TotalPages, 3).Add(x => x.HrefFor, n => $"/x?page={n}"));

        Assert.Equal("/x?page=1", cut.Find("[data-testid=pager-previous]").GetAttribute("href"));
        Assert.Equal("/x?page=3", cut.Find("[data-testid=pager-next]").GetAttribute("href"));
        Assert.Contains("Page 2 of 3", cut.Markup);
    }

    [Fact]
    public void Offers_no_next_link_on_the_last_page()
    {
        var cut = Render<Pager>(p => p.Add(x => x.Page, 3).Add(x => x.TotalPages, 3).Add(x => x.HrefFor, n => $"/x?page={n}"));

        Assert.Empty(cut.FindAll("[data-testid=pager-next]"));
        Assert.NotEmpty(cut.FindAll("[data-testid=pager-previous]"));
    }

    [Fact]
    public void Renders_nothing_for_a_single_page() =>
        Assert.Empty(Render<Pager>(p => p.Add(x => x.Page, 1).Add(x => x.TotalPages, 1).Add(x => x.HrefFor, n => "")).FindAll("nav"));
}
