using Bunit;
using NewsArchive.Web.Components.Layout;

namespace NewsArchive.Web.Tests.Components.Layout;

public sealed class GlobalSearchBoxTests : ArchiveBunitContext
{
    [Fact]
    public void Is_a_labelled_get_form_that_sends_q_to_the_article_search()
    {
        var cut = Render<GlobalSearchBox>();

        var form = cut.Find("form[role=search]");
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/articles", form.GetAttribute("action"));
        var input = cut.Find("input[name=q]");
        Assert.Equal("Search the archive", cut.Find($"label[for={input.Id}]").TextContent);
    }
}
