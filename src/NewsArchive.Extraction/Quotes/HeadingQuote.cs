namespace NewsArchive.Extraction.Quotes;

/// <summary>
/// Recognises quotation marks in a heading line rather than in the story: a crosshead ("'Regulator monitoring'")
/// or a related-story link ("Smith interview: 'I came here to win'"). Such a line is short, has no sentence
/// punctuation anywhere, and the quoted words themselves end without any; a paragraph of the story ends its
/// sentence ("…," she said. / "…".).
/// </summary>
internal static class HeadingQuote
{
    private const int MaxHeadingChars = 160;

    /// <summary>True when <paramref name="quotation"/> sits in a heading-like paragraph of <paramref name="body"/>.</summary>
    public static bool Is(Quotation quotation, string body, IReadOnlyList<TextSpan> paragraphs)
    {
        if (quotation.Parts.Count != 1) return false;
        if (ParagraphOf(paragraphs, quotation.Text.Start) is not { } paragraph || paragraph.Length > MaxHeadingChars) return false;
        // A quotation ending its clause is the story's ("…," she said.) unless the line breaks off after it with no
        // full stop, as a video or related-story teaser does ("Video: "We lost everything," says flood victim").
        if (EndsClause(body, quotation.Text.Start, quotation.Text.End)
            && !(EndsWithComma(body, quotation.Text) && RunsOnAfter(body, quotation.WithMarks.End, paragraph.End))) return false;
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            if (i >= quotation.WithMarks.Start && i < quotation.WithMarks.End) continue;
            if (body[i] is '.' or '!' or '?' or ';' or '\u2026' && (i + 1 == paragraph.End || char.IsWhiteSpace(body[i + 1]))) return false;
        }
        return true;
    }

    // "…," at the end of the quoted words: the sentence goes on to its attribution.
    private static bool EndsWithComma(string body, TextSpan quoted) =>
        quoted.Length > 0 && body[quoted.End - 1] == ',';

    // Words follow the closing mark on the line, and the line itself ends with no sentence punctuation; a teaser's
    // attribution is in the present ("says flood victim"), a list of what people said keeps the story's "said".
    private static bool RunsOnAfter(string body, int afterMark, int paragraphEnd)
    {
        var i = paragraphEnd - 1;
        while (i >= afterMark && char.IsWhiteSpace(body[i])) i--;
        if (i <= afterMark || !char.IsLetterOrDigit(body[i])) return false;
        var tail = body.AsSpan(afterMark, i + 1 - afterMark);
        return !tail.Contains(" said", StringComparison.OrdinalIgnoreCase);
    }

    // Whether the text [start, end) ends with punctuation that closes a sentence or clause.
    private static bool EndsClause(string body, int start, int end)
    {
        var i = end - 1;
        while (i >= start && char.IsWhiteSpace(body[i])) i--;
        return i >= start && body[i] is '.' or '!' or '?' or ',' or ';' or ':' or '\u2026' or '\u2014' or '\u2013' or '-';
    }

    private static TextSpan? ParagraphOf(IReadOnlyList<TextSpan> paragraphs, int position)
    {
        int lo = 0, hi = paragraphs.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (paragraphs[mid].End <= position) lo = mid + 1;
            else if (paragraphs[mid].Start > position) hi = mid - 1;
            else return paragraphs[mid];
        }
        return null;
    }
}
