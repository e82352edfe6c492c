using Bunit;
using NewsArchive.Data.Common;
using NewsArchive.Web.Components.Shared;

namespace NewsArchive.Web.Tests.Components.Shared;

public sealed class HighlightedSnippetTests : ArchiveBunitContext
{
    [Fact]
    public void Marks_each_matched_part_and_keeps_the_text_in_order()
    {
        var snippet = new Snippet([new("…the ", false), new("mayor", true), new(" of ", false), new("Denver", true), new(" said…", false)]);

        var cut = Render<HighlightedSnippet>(p => p.Add(x => x.Snippet, snippet));

        Assert.Equal(["mayor", "Denver"], cut.FindAll("mark.snippet-hit").Select(m => m.TextContent));
        Assert.Equal("…the mayor of Denver said…", cut.Find("[data-testid=snippet]").TextContent);
    }

    [Fact]
    public void Shows_html_in_a_snippet_as_text_not_markup()
    {
        var snippet = new Snippet([new("<img src=x onerror=alert(1)> ", false), new("<b>hit</b>", true)]);

        var cut = Render<HighlightedSnippet>(p => p.Add(x => x.Snippet, snippet));

        Assert.Empty(cut.FindAll("img"));
        Assert.Empty(cut.FindAll("b"));
        Assert.Equal("<b>hit</b>", cut.Find("mark").TextContent);
    }
}
