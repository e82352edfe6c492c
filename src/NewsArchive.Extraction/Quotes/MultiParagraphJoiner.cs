namespace NewsArchive.Extraction.Quotes;

/// <summary>
/// The news convention for a quotation that runs over paragraphs: every paragraph opens with a quotation mark,
/// only the last one closes. Decides whether a still-open quotation continues, and joins its parts.
/// </summary>
internal static class MultiParagraphJoiner
{
    /// <summary>
    /// The separator between the parts of a multi-paragraph quotation: one space, so the quote reads as the one
    /// utterance it is (the convention of the gold files), while its span still covers the paragraph breaks.
    /// </summary>
    public const string ParagraphBreak = " ";

    /// <summary>
    /// True when <paramref name="next"/> opens with a quotation mark of the same kind as the open quotation,
    /// so the quotation continues there; <paramref name="textStart"/> is where its quoted text resumes.
    /// </summary>
    public static bool Continues(string body, TextSpan next, bool singleMarks, out int textStart)
    {
        textStart = -1;
        var i = next.Start;
        while (i < next.End && char.IsWhiteSpace(body[i])) i++;
        if (i >= next.End) return false;
        var opens = singleMarks
            ? QuoteMarks.IsSingle(body[i]) && QuoteMarks.IsSingleOpener(body, i, next)
            : QuoteMarks.IsDouble(body[i]) && QuoteMarks.ClassifyDouble(body, i, next) != MarkRole.Close;
        if (!opens) return false;
        textStart = i + 1;
        return true;
    }

    /// <summary>The parts' texts joined by <see cref="ParagraphBreak"/>; the repeated opening marks are left out.</summary>
    public static string Join(string body, IReadOnlyList<TextSpan> parts)
    {
        if (parts.Count == 1) return body[parts[0].Start..parts[0].End];
        return string.Join(ParagraphBreak, parts.Select(p => body[p.Start..p.End]));
    }
}
