using Bunit;
using NewsArchive.Web.Features.Articles;

namespace NewsArchive.Web.Tests.Features.Articles;

public sealed class ArticlePageTests : PageTestContext
{
    private IRenderedComponent<ArticlePage> RenderMayor() =>
        RenderPage<ArticlePage>("/articles/" + SampleArticles.MayorSlug, p => p.Add(x => x.Slug, SampleArticles.MayorSlug));

    [Fact]
    public void Shows_title_credit_inferred_date_and_every_paragraph()
    {
        var cut = RenderMayor();

        Assert.Equal("Mayor rejects threat to sanctuary cities", cut.Find("[data-testid=article-title]").TextContent);
        Assert.Equal("Michael Vadon at Flickr", cut.Find("[data-testid=article-credit]").TextContent);
        Assert.Equal("12 Apr 2019", cut.Find("[data-testid=published] time").TextContent);
        Assert.Equal("inferred", cut.Find("[data-testid=published-inferred]").TextContent);
        Assert.Equal(4, cut.FindAll("[data-testid=article-body] p").Count);
    }

    [Fact]
    public void Links_people_organizations_and_places_in_the_body_to_their_pages()
    {
        var cut = RenderMayor();

        var people = cut.FindAll("a.mention-person");
        Assert.Contains(people, a => a.TextContent == "Michael Hancock" && a.GetAttribute("href") == "/people/michael-hancock");
        Assert.Contains(people, a => a.TextContent == "Hancock" && a.GetAttribute("href") == "/people/michael-hancock");
        Assert.Contains(cut.FindAll("a.mention-organization"), a => a.TextContent == "ICE" && a.GetAttribute("href") == "/organizations/immigration-and-customs-enforcement");
        Assert.Equal(2, cut.FindAll("a.mention-place[href='/places/denver']").Count);
    }

    [Fact]
    public void Marks_each_quote_with_its_anchor_and_speaker()
    {
        var cut = RenderMayor();

        var first = cut.Find("mark#quote-1");
        Assert.Equal("\"We need to separate fact from fiction,\"", first.TextContent);
        Assert.Equal("Michael Hancock", first.GetAttribute("data-speaker"));
        Assert.Equal("\"Denver won't back down,\"", cut.Find("mark#quote-2").TextContent);
        Assert.Equal("Michael Hancock", first.NextElementSibling!.TextContent);
        Assert.Equal(["Michael Hancock", "Michael Hancock", "Mark Silverstein"], cut.FindAll(".quote-speaker").Select(s => s.TextContent));
    }

    [Fact]
    public void Side_panel_links_quotes_and_events_to_their_anchors_in_date_order()
    {
        var cut = RenderMayor();

        var quoteLinks = cut.FindAll("[data-testid=side-quotes] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal($"/articles/{SampleArticles.MayorSlug}#quote-1", quoteLinks[0]);
        var events = cut.FindAll("[data-testid=side-timeline] li");
        Assert.Equal(["Aug 2017", "2018"], events.Select(e => e.QuerySelector("time")!.TextContent));
        Assert.Equal($"/articles/{SampleArticles.MayorSlug}#event-2", events[1].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("In 2018, ICE sent 108 requests.", cut.Find("#event-2").TextContent);
        Assert.Contains(cut.FindAll("[data-testid=side-person] li"), li => li.TextContent.Contains("Mayor of Denver"));
    }

    [Fact]
    public void Renders_nothing_of_an_article_for_an_unknown_slug()
    {
        var cut = RenderPage<ArticlePage>("/articles/no-such-article", p => p.Add(x => x.Slug, "no-such-article"));

        Assert.Empty(cut.FindAll("[data-testid=article]"));
    }
}
