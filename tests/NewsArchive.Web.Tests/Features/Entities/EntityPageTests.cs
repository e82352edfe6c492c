using Bunit;
using NewsArchive.Web.Features.Entities;

namespace NewsArchive.Web.Tests.Features.Entities;

public sealed class EntityPageTests : PageTestContext
{
    [Fact]
    public void Shows_a_persons_roles_quotes_events_articles_and_co_mentions()
    {
        var cut = RenderPage<EntityPage>("/people/michael-hancock", p => p.Add(x => x.Slug, "michael-hancock"));

        Assert.Equal("Michael Hancock", cut.Find("[data-testid=entity-name]").TextContent);
        Assert.Contains("Mayor of Denver", cut.Find("[data-testid=entity-roles]").TextContent);
        Assert.Equal(2, cut.FindAll("[data-testid=entity-quotes] [data-testid=quote-item]").Count);
        Assert.Equal(2, cut.FindAll("[data-testid=entity-articles] li").Count);
        var coMentioned = cut.FindAll("[data-testid=entity-co-mentioned] a").Select(a => a.TextContent).ToList();
        Assert.Contains("Phil Weiser", coMentioned);
        Assert.Contains("Denver", coMentioned);
        Assert.DoesNotContain("Michael Hancock", coMentioned);
    }

    [Fact]
    public void Shows_an_organizations_events_with_links_to_their_sentences()
    {
        var slug = "immigration-and-customs-enforcement";
        var cut = RenderPage<EntityPage>("/organizations/" + slug, p => p.Add(x => x.Slug, slug));

        var ev = Assert.Single(cut.FindAll("[data-testid=entity-events] [data-testid=timeline-event]"));
        Assert.Equal($"/articles/{SampleArticles.MayorSlug}#event-2", ev.QuerySelector("[data-testid=timeline-link]")!.GetAttribute("href"));
        Assert.Contains("No quotes from Immigration and Customs Enforcement", cut.Find("[data-testid=entity-quotes]").TextContent);
    }

    [Fact]
    public void Shows_no_profile_when_the_folder_does_not_match_the_kind()
    {
        var cut = RenderPage<EntityPage>("/organizations/michael-hancock", p => p.Add(x => x.Slug, "michael-hancock"));

        Assert.Empty(cut.FindAll("[data-testid=entity-name]"));
    }
}
