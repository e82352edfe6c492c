using NewsArchive.Extraction.Entities;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.Entities;

public class TokenizedBodyCountiesTests
{
    private static TokenizedBody Tokenize(string body)
    {
        IReadOnlyList<TextSpan> paragraphs = [new TextSpan(0, body.Length)];
        return new BodyTokenizer().Tokenize(body, paragraphs, [new Sentence(paragraphs[0], 0)], []);
    }

    [Theory]
    [InlineData("Floods hit Harlow and Denby counties on Monday.")]
    [InlineData("Three parishes lost power, officials said.")]
    public void Says_the_article_writes_counties_or_parishes_when_one_stands_in_lower_case(string body) =>
        Assert.True(Tokenize(body).WritesCountiesOrParishes);

    [Theory]
    [InlineData("The Home Counties Trust met on Monday.")]
    [InlineData("Floods hit Harlow County on Monday.")]
    public void Does_not_count_counties_written_only_with_a_capital_or_in_the_singular(string body) =>
        Assert.False(Tokenize(body).WritesCountiesOrParishes);
}
