using Bunit;
using NewsArchive.Web.Features.Articles;

namespace NewsArchive.Web.Tests.Features.Articles;

public sealed class ArticlesPageTests : PageTestContext
{
    [Fact]
    public void Finds_articles_by_words_and_marks_the_words_in_title_and_snippet()
    {
        var cut = RenderPage<ArticlesPage>("/articles?q=lawsuit");

        var result = Assert.Single(cut.FindAll("[data-testid=search-result]"));
        Assert.Equal($"/articles/{SampleArticles.LawsuitSlug}", result.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains(result.QuerySelectorAll("mark.snippet-hit"), m => m.TextContent.Equals("lawsuit", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Counts_people_organizations_and_years_over_the_results()
    {
        var cut = RenderPage<ArticlesPage>("/articles");

        var people = cut.FindAll("[data-testid=facet-person] [data-testid=facet-value]");
        Assert.Equal("Michael Hancock", people[0].QuerySelector("span")!.TextContent);
        Assert.Equal("2", people[0].QuerySelector(".facet-count")!.TextContent);
        Assert.Contains(cut.FindAll("[data-testid=facet-org] [data-testid=facet-value]"), v => v.TextContent.Contains("ACLU of Colorado"));
        Assert.Equal("2019", cut.Find("[data-testid=facet-year] [data-testid=facet-value] span").TextContent);
    }

    [Fact]
    public void Narrows_to_articles_mentioning_the_person_in_the_address()
    {
        var cut = RenderPage<ArticlesPage>("/articles?person=phil-weiser");

        var result = Assert.Single(cut.FindAll("[data-testid=search-result]"));
        Assert.Contains("State sues", result.TextContent);
        var selected = cut.Find("[data-testid=facet-person] .facet-selected");
        Assert.Contains("Phil Weiser", selected.TextContent);
        Assert.DoesNotContain("person=", selected.GetAttribute("href"));
    }

    [Fact]
    public void Says_so_when_nothing_matches()
    {
        var cut = RenderPage<ArticlesPage>("/articles?q=zeppelin");

        Assert.Contains("No articles found", cut.Find("[data-testid=empty-state]").TextContent);
    }

    [Fact]
    public async Task Submitting_the_search_box_puts_the_words_in_the_address()
    {
        var cut = RenderPage<ArticlesPage>("/articles?person=phil-weiser&page=2");

        await cut.Find("#article-search-input").ChangeAsync("grant money");
        await cut.Find("[data-testid=article-search]").SubmitAsync();

        Assert.EndsWith("/articles?person=phil-weiser&q=grant%20money", Navigation.Uri);
    }
}
