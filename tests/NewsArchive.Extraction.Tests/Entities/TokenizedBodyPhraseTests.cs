using NewsArchive.Extraction.Entities;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.Entities;

public class TokenizedBodyPhraseTests
{
    private static TokenizedBody Tokenize(string body)
    {
        IReadOnlyList<TextSpan> paragraphs = [new TextSpan(0, body.Length)];
        return new BodyTokenizer().Tokenize(body, paragraphs, [new Sentence(paragraphs[0], 0)], []);
    }

    [Fact]
    public void Gives_the_same_phrase_when_asked_again_after_many_other_phrases()
    {
        var body = Tokenize("Riverton  City\nCouncil met the Harbor Board and the Fenland Rivers Trust today.");
        Assert.Equal("Riverton City Council", body.Phrase(0, 2));
        // More phrases than the few kept, then the first again: cut anew, same text.
        for (var first = 3; first < 9; first++) Assert.False(string.IsNullOrEmpty(body.Phrase(first, first + 1)));
        Assert.Equal("Riverton City Council", body.Phrase(0, 2));
        Assert.Equal("City Council", body.Phrase(1, 2));
    }

    [Fact]
    public void Tells_apart_phrases_that_share_a_first_or_last_token()
    {
        var body = Tokenize("the Fenland Rivers Trust said");
        Assert.Equal("Fenland Rivers", body.Phrase(1, 2));
        Assert.Equal("Fenland Rivers Trust", body.Phrase(1, 3));
        Assert.Equal("Rivers Trust", body.Phrase(2, 3));
        Assert.Equal("Fenland Rivers", body.Phrase(1, 2));
        Assert.Equal("Trust", body.Phrase(3, 3));
    }
}
