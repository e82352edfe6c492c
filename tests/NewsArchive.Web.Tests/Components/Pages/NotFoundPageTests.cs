using Bunit;
using NewsArchive.Web.Components.Pages;

namespace NewsArchive.Web.Tests.Components.Pages;

public sealed class NotFoundPageTests : ArchiveBunitContext
{
    [Fact]
    public void Explains_and_offers_a_way_back_to_the_articles()
    {
        var cut = Render<NotFoundPage>();

        Assert.Equal("Page not found", cut.Find("h1").TextContent);
        Assert.Contains(cut.FindAll("a"), a => a.GetAttribute("href") == "/articles");
    }
}
