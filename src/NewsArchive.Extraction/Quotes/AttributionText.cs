using NewsArchive.Extraction.Lexicon;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Quotes;

/// <summary>What a token of the narrative (the text outside quotations) is.</summary>
internal enum TokenKind : byte
{
    Word,
    Punctuation,
    /// <summary>A whole quotation, marks included, standing as one token.</summary>
    Quotation,
}

/// <summary>One token of the narrative.</summary>
/// <param name="Start">First character in the body.</param>
/// <param name="End">End of the token (exclusive), a possessive 's included.</param>
/// <param name="WordEnd">End of the word itself, without a possessive 's or an abbreviation's period.</param>
/// <param name="Paragraph">The paragraph the token ends in.</param>
/// <param name="FirstParagraph">The paragraph the token starts in (earlier than <paramref name="Paragraph"/> only for
/// a quotation that runs over paragraphs).</param>
/// <param name="Quotation">Index of the quotation for a <see cref="TokenKind.Quotation"/> token, else -1.</param>
/// <param name="Kind">Word, punctuation or quotation.</param>
/// <param name="Possessive">The word ends in a possessive ('s, s').</param>
/// <remarks>The one-byte fields come last: 28 bytes a token, not 32 (hundreds of tokens per article).</remarks>
internal readonly record struct Token(
    int Start, int End, int WordEnd, int Paragraph, int FirstParagraph, int Quotation, TokenKind Kind, bool Possessive = false)
{
    /// <summary>The token opens a sentence (or a paragraph).</summary>
    public bool StartsSentence { get; init; }
}

/// <summary>
/// The narrative around the quotations, tokenized once per article: words, punctuation, and each quotation as a
/// single token, with sentence starts marked. Attribution reads only this, so words inside quotations never
/// become speakers or cues.
/// </summary>
internal sealed class AttributionText
{
    public string Body { get; }
    public Token[] Tokens { get; }

    /// <summary>Token index of each quotation; -1 for a nickname inside a name, which is no token.</summary>
    public int[] QuotationToken { get; }

    private AttributionText(string body, Token[] tokens, int[] quotationToken)
    {
        Body = body;
        Tokens = tokens;
        QuotationToken = quotationToken;
    }

    public bool StartsSentence(int token) => Tokens[token].StartsSentence;

    public ReadOnlySpan<char> Word(int token) => Body.AsSpan(Tokens[token].Start, Tokens[token].WordEnd - Tokens[token].Start);

    public bool IsWord(int token) => token >= 0 && token < Tokens.Length && Tokens[token].Kind == TokenKind.Word;

    public bool IsPunctuation(int token, char c) =>
        token >= 0 && token < Tokens.Length && Tokens[token].Kind == TokenKind.Punctuation && Body[Tokens[token].Start] == c;

    public bool IsCapitalized(int token) => IsWord(token) && char.IsUpper(Body[Tokens[token].Start]);

    /// <summary>Tokenizes the narrative of <paramref name="body"/>; <paramref name="sentences"/> adds the splitter's sentence starts.</summary>
    public static AttributionText Build(
        string body, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<Quotation> quotations, IReadOnlyList<Sentence> sentences)
    {
        var tokens = new PooledList<Token>(body.Length / 5);
        // Sentence starts are marked as each token is made: no second pass over the tokens.
        var starts = new SentenceStarts(body, quotations, sentences);
        var quotationToken = new int[quotations.Count];
        var q = 0;
        var nextQuotation = NextQuotationStart(quotations, q); // asked at every character: kept at hand
        var resume = 0; // after a quotation that runs over paragraphs, the narrative resumes at its end
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            var i = Math.Max(paragraph.Start, resume);
            while (i < paragraph.End)
            {
                if (nextQuotation <= i && Nickname.Is(quotations[q], body))
                {
                    // Ramiro "Ray" Benavides: the nickname is no token, so the name reads whole around it.
                    quotationToken[q] = -1;
                    i = quotations[q].WithMarks.End;
                    q++;
                    nextQuotation = NextQuotationStart(quotations, q);
                    continue;
                }
                if (nextQuotation <= i)
                {
                    var marks = quotations[q].WithMarks;
                    var last = p;
                    while (last + 1 < paragraphs.Count && paragraphs[last + 1].Start < marks.End) last++;
                    quotationToken[q] = tokens.Count;
                    tokens.Add(starts.Mark(new Token(marks.Start, marks.End, marks.End, last, p, q, TokenKind.Quotation)));
                    i = resume = marks.End;
                    q++;
                    nextQuotation = NextQuotationStart(quotations, q);
                    if (last != p) break;
                    continue;
                }
                var c = body[i];
                if (char.IsWhiteSpace(c)) { i++; continue; }
                if (char.IsLetterOrDigit(c))
                {
                    var (end, wordEnd) = ReadWord(body, i, paragraph.End);
                    var possessive = wordEnd < end;
                    // Mr. Smith, Gen. Lee, U.S.: the period belongs to the word, not to the sentence.
                    if (end < paragraph.End && body[end] == '.' && !possessive && IsAbbreviation(body.AsSpan(i, end - i))) end++;
                    tokens.Add(starts.Mark(new Token(i, end, wordEnd, p, p, -1, TokenKind.Word, possessive)));
                    i = end;
                    continue;
                }
                tokens.Add(starts.Mark(new Token(i, i + 1, i + 1, p, p, -1, TokenKind.Punctuation)));
                i++;
            }
        }

        var array = tokens.ToArray();
        tokens.Dispose();
        return new AttributionText(body, array, quotationToken);
    }

    private static int NextQuotationStart(IReadOnlyList<Quotation> quotations, int q) =>
        q < quotations.Count ? quotations[q].WithMarks.Start : int.MaxValue;

    // A word: letters and digits, joined by inner apostrophes, periods, hyphens and ampersands (U.S, don't, then-U.S).
    internal static (int End, int WordEnd) ReadWord(string body, int i, int limit)
    {
        var end = i;
        while (end < limit)
        {
            var c = body[end];
            if (char.IsLetterOrDigit(c)) { end++; continue; }
            if (c is '.' or '-' or '&' or '\'' or '\u2019' && end + 1 < limit && char.IsLetterOrDigit(body[end + 1]))
            {
                end++;
                continue;
            }
            // "1,400 nurses": a thousands separator is inside the number, not a phrase boundary.
            if (c == ',' && end > i && char.IsDigit(body[end - 1]) && IsThousands(body, end + 1, limit))
            {
                end++;
                continue;
            }
            break;
        }
        // Possessive: Trump's, Trump’s, the teachers'.
        if (end - i > 2 && body[end - 2] is '\'' or '\u2019' && body[end - 1] is 's' or 'S')
            return (end, end - 2);
        if (end < limit && body[end] is '\'' or '\u2019' && body[end - 1] is 's' && (end + 1 >= limit || !char.IsLetterOrDigit(body[end + 1])))
            return (end + 1, end);
        return (end, end);
    }

    // Exactly three digits after the comma, then no further digit: "1,400", not "2019,2020".
    private static bool IsThousands(string body, int k, int limit) =>
        k + 2 < limit && char.IsDigit(body[k]) && char.IsDigit(body[k + 1]) && char.IsDigit(body[k + 2])
        && (k + 3 >= limit || !char.IsDigit(body[k + 3]));

    // An initial, an initialism (U.S), or a capitalized abbreviation from the shared lexicon (Mr, Sen, Gov, Inc).
    // "(D-Ore.)", "R-Tenn.": a party and a state's abbreviation after a hyphen end in the abbreviation's period too.
    private static bool IsAbbreviation(ReadOnlySpan<char> word) =>
        (word.Length == 1 && char.IsUpper(word[0])) || word.Contains('.')
        || (char.IsUpper(word[0]) && Abbreviations.Contains(word))
        || (word.LastIndexOf('-') is var hyphen and > 0 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1])
            && Abbreviations.Contains(word[(hyphen + 1)..]));

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations =
        EntityLexicon.Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

}
