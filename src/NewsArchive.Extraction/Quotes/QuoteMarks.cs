using System.Buffers;
using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Quotes;

/// <summary>Whether a quotation mark, read in its context, opens or closes a quotation.</summary>
internal enum MarkRole
{
    Open,
    Close,
    Either,
}

/// <summary>Reads quotation marks and apostrophes from the characters around them.</summary>
internal static class QuoteMarks
{
    /// <summary>Every double and single mark <see cref="IsDouble"/> and <see cref="IsSingle"/> know.</summary>
    public static readonly SearchValues<char> All = SearchValues.Create("\"\u201C\u201D\u201E\u00AB\u00BB'\u2018\u2019");

    public static bool IsDouble(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB';

    public static bool IsSingle(char c) => c is '\'' or '\u2018' or '\u2019';

    /// <summary>
    /// Curly marks say which way they face; a straight mark is read from its neighbours: after a space and
    /// before a word it opens, after a word and before a space or punctuation it closes.
    /// </summary>
    public static MarkRole ClassifyDouble(string body, int i, TextSpan paragraph)
    {
        var prev = i > paragraph.Start ? body[i - 1] : ' ';
        var next = i + 1 < paragraph.End ? body[i + 1] : ' ';
        var openContext = IsOpeningContext(prev) && !char.IsWhiteSpace(next);
        var closeContext = !IsOpeningContext(prev) && (char.IsWhiteSpace(next) || IsClosingPunctuation(next));
        return body[i] switch
        {
            '\u201C' or '\u201E' or '\u00AB' => closeContext && !openContext ? MarkRole.Either : MarkRole.Open,
            '\u201D' or '\u00BB' => openContext && !closeContext ? MarkRole.Either : MarkRole.Close,
            _ => openContext ? MarkRole.Open : closeContext ? MarkRole.Close : MarkRole.Either,
        };
    }

    /// <summary>
    /// A single mark opens a quotation only after a space (or an opening bracket or dash) and before a word,
    /// and not when it stands for left-out letters: '90s, 'n', 'em, 'til, 'tis.
    /// </summary>
    public static bool IsSingleOpener(string body, int i, TextSpan paragraph)
    {
        var prev = i > paragraph.Start ? body[i - 1] : ' ';
        if (!IsOpeningContext(prev) || i + 1 >= paragraph.End) return false;
        var next = body[i + 1];
        if (!char.IsLetterOrDigit(next)) return false;
        var end = i + 1;
        while (end < paragraph.End && char.IsLetterOrDigit(body[end])) end++;
        var word = body.AsSpan(i + 1, end - i - 1);
        if (char.IsDigit(next)) return !IsDecade(word);
        // rock 'n' roll: a lone letter between two marks; 'I've never seen it' opens a quotation.
        if (end < paragraph.End && IsSingle(body[end]) && word.Length == 1
            && (end + 1 >= paragraph.End || !char.IsLetter(body[end + 1]))) return false;
        return !IsElision(word);
    }

    /// <summary>A single mark that may close a quotation: after a word, not before a letter (so not don't, Trump's).</summary>
    public static bool IsSingleCloser(string body, int i, TextSpan paragraph)
    {
        if (i == paragraph.Start || char.IsWhiteSpace(body[i - 1])) return false;
        if (i + 1 < paragraph.End && char.IsLetterOrDigit(body[i + 1])) return false;
        // The second mark of 'n'.
        return !(i - 2 >= paragraph.Start && body[i - 1] is 'n' or 'N' && IsSingle(body[i - 2]));
    }

    /// <summary>
    /// A closer after "s" and before a space may be a plural possessive (the teachers' union): used only when no
    /// better closer follows.
    /// </summary>
    public static bool IsWeakSingleCloser(string body, int i, TextSpan paragraph) =>
        body[i - 1] is 's' or 'S' && (i + 1 >= paragraph.End || char.IsWhiteSpace(body[i + 1]))
        && !(i + 1 < paragraph.End && OpensClause(body, i + 2, paragraph.End));

    // "'on the side of bill payers' and pointed to …", "its 'glory years' were over": a possessive is followed by
    // what it owns, never by a conjunction, a preposition or an auxiliary verb, so a mark before one of those closes
    // the quotation.
    private static bool OpensClause(string body, int start, int end)
    {
        var stop = start;
        while (stop < end && char.IsLetter(body[stop])) stop++;
        return stop > start && (stop == end || !char.IsLetterOrDigit(body[stop])) && ClauseWords.Contains(body.AsSpan(start, stop - start));
    }

    private static readonly WordLookup ClauseWords = new(
        WordList.Lines("speech-prepositions").Concat(["and", "but", "or", "as", "that", "which", "who", "when", "while", "because",
            "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "should", "can", "may", "might", "must"]));

    private static bool IsOpeningContext(char prev) =>
        char.IsWhiteSpace(prev) || prev is '(' or '[' or '{' or '\u2014' or '\u2013' or '-' or '/' or '\u2018' or '\u201C' or '"' or '\'';

    private static bool IsClosingPunctuation(char c) =>
        c is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '\u2014' or '\u2013' or '-' or '\u2026'
            or '\'' or '\u2019' or '"' or '\u201D';

    // '90s, '08: a decade or a year, not a quotation.
    private static bool IsDecade(ReadOnlySpan<char> word) =>
        word.Length <= 2 || (word.Length == 3 && word[2] is 's' or 'S');

    private static bool IsElision(ReadOnlySpan<char> word) =>
        word.Equals("em", StringComparison.OrdinalIgnoreCase)
        || word.Equals("til", StringComparison.OrdinalIgnoreCase)
        || word.Equals("tis", StringComparison.OrdinalIgnoreCase)
        || word.Equals("twas", StringComparison.OrdinalIgnoreCase)
        || word.Equals("cause", StringComparison.OrdinalIgnoreCase)
        || word.Equals("bout", StringComparison.OrdinalIgnoreCase)
        || word.Equals("nuff", StringComparison.OrdinalIgnoreCase);
}
