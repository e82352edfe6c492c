using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Entities;

/// <summary>
/// A given name, a quoted nickname and a surname ('Councilman Curtis "Bud" Lawson'): the quotation marks cut the
/// capitalized run in two, so the given name is joined to the surname here and the nickname left out.
/// </summary>
internal static class NicknamedName
{
    /// <summary><paramref name="mention"/> extended over a nickname to its surname, or unchanged.</summary>
    public static Mention Extend(TokenizedBody body, Mention mention, int coreLast)
    {
        // A given name the list does not know still counts after a title: 'fisherman Alasdair "Ally" Mackinnon'.
        // So does one set off by a comma after its role: 'the firm's chief executive, Ailsa "Ali" Brodie'.
        if (mention.Words.Length != 1 || !(EntityLexicon.IsGivenName(mention.Core) || mention.Roles.Count > 0 || mention.Honorific is not null
                                           || AfterComma(body, coreLast))) return mention;
        var tokens = body.Tokens;
        var k = coreLast + 1;
        if (k >= tokens.Length || !IsDoubleQuote(body, k)) return mention;
        var nickname = k + 1;
        while (nickname < tokens.Length && nickname <= k + 2 && tokens[nickname].IsCapitalizedWord) nickname++;
        if (nickname == k + 1 || nickname >= tokens.Length || !IsDoubleQuote(body, nickname)) return mention;
        var first = nickname + 1;
        var last = first - 1;
        while (last + 1 < tokens.Length && last + 1 <= first + 1 && tokens[last + 1].IsCapitalizedWord
               && !tokens[last + 1].Is(NameTokenFlags.SentenceStart)) last++;
        if (last < first || body.IsStopWord(first)) return mention;
        var surname = body.Phrase(first, last);
        return mention with
        {
            Core = $"{mention.Core} {surname}",
            Words = [mention.Core, .. surname.Split(' ')],
            Span = new TextSpan(mention.Span.Start, tokens[last].End),
            Surface = $"{mention.Surface} {surname}",
            Evidence = mention.Evidence + new Evidence(2, 0, 0),
        };
    }

    private static bool AfterComma(TokenizedBody body, int coreLast) =>
        coreLast > 0 && body.Tokens[coreLast - 1].Kind == NameTokenKind.Punctuation && body.Body[body.Tokens[coreLast - 1].Start] == ','
        && !EntityLexicon.Places.Contains(body.Text(coreLast)) && !EntityLexicon.Organizations.Contains(body.Text(coreLast));

    private static bool IsDoubleQuote(TokenizedBody body, int token) =>
        body.Tokens[token].Kind == NameTokenKind.Punctuation && body.Body[body.Tokens[token].Start] is '"' or '“' or '”';
}
