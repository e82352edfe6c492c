using NewsArchive.Extraction;
using NewsArchive.Web.Features.Articles;

namespace NewsArchive.Web.Tests.Features.Articles;

public sealed class ArticleAnnotationsTests
{
    [Theory]
    [InlineData("He said \"go now,\" and left.", "\"go now,\"")]
    [InlineData("He said “go now,” and left.", "“go now,”")]
    public void Widens_a_quote_to_the_quotation_marks_around_it(string body, string expected)
    {
        var start = body.IndexOf("go", StringComparison.Ordinal);
        var span = ArticleAnnotations.WithQuotationMarks(body, new TextSpan(start, start + "go now,".Length));

        Assert.Equal(expected, body[span.Start..span.End]);
    }

    [Fact]
    public void Leaves_a_quote_without_marks_on_both_sides_as_it_is()
    {
        const string body = "go now, he said";
        var span = new TextSpan(0, 7);

        Assert.Equal(span, ArticleAnnotations.WithQuotationMarks(body, span));
    }
}
