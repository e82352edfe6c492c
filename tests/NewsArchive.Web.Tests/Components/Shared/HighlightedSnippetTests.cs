using Bunit;
using NewsArchive.Web.Components.Shared;

namespace NewsArchive.Web.Tests.Components.Shared;

public sealed class HighlightedSnippetTests : ArchiveBunitContext
{
    private const string Open = SnippetParts.DefaultOpen;
    private const string Close = SnippetParts.DefaultClose;

    [Fact]
    public void Marks_each_hit_between_markers()
    {
        var cut = Render<HighlightedSnippet>(p => p.Add(x => x.Text, $"…the {Open}mayor{Close} of {Open}Denver{Close} said…"));

        Assert.Equal(["mayor", "Denver"], cut.FindAll("mark.snippet-hit").Select(m => m.TextContent));
        Assert.Equal("…the mayor of Denver said…", cut.Find("[data-testid=snippet]").TextContent.Trim());
    }

    [Fact]
    public void Shows_html_in_a_snippet_as_text_not_markup()
    {
        var cut = Render<HighlightedSnippet>(p => p.Add(x => x.Text, $"<img src=x onerror=alert(1)> {Open}<b>hit</b>{Close}"));

        Assert.Empty(cut.FindAll("img"));
        Assert.Empty(cut.FindAll("b"));
        Assert.Equal("<b>hit</b>", cut.Find("mark").TextContent);
    }

    [Fact]
    public void Drops_a_stray_marker_without_its_partner()
    {
        var parts = SnippetParts.Split($"one {Open}two");

        Assert.Equal("one two", string.Concat(parts.Select(p => p.Text)));
        Assert.DoesNotContain(parts, p => p.Hit);
    }
}
