using NewsArchive.Data.Common;

namespace NewsArchive.Data.Tests.Common;

public sealed class SnippetTests
{
    [Fact]
    public void Marked_text_splits_into_plain_and_highlighted_parts()
    {
        var snippet = Snippet.FromMarked("a \u0002b\u0003 c \u0002d\u0003");

        Assert.Equal(
            [new SnippetPart("a ", false), new SnippetPart("b", true), new SnippetPart(" c ", false), new SnippetPart("d", true)],
            snippet.Parts);
        Assert.Equal("a b c d", snippet.Text);
    }
}
