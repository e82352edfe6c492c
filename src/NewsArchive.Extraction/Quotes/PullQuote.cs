namespace NewsArchive.Extraction.Quotes;

/// <summary>
/// Recognises a pull quote: a paragraph that is nothing but a quotation repeating words the article quotes elsewhere
/// (“Nobody asked us what we thought.” set off between paragraphs after "…," Ms Nolan said. "Nobody asked us what we
/// thought."). The words are quoted once, where the story gives them.
/// </summary>
internal static class PullQuote
{
    private const int MinWords = 3;

    /// <summary>True when quotation <paramref name="index"/> of <paramref name="all"/> is a bare paragraph repeating another's words.</summary>
    public static bool Is(IReadOnlyList<Quotation> all, int index, string body, IReadOnlyList<TextSpan> paragraphs)
    {
        var quotation = all[index];
        if (!IsBareParagraph(quotation, body, paragraphs)) return false;
        var words = Core(body, quotation.Text);
        if (CountWords(words) < MinWords) return false;
        for (var j = 0; j < all.Count; j++)
        {
            if (j == index || all[j].Text.Length < words.Length
                || !body.AsSpan(all[j].Text.Start, all[j].Text.Length).Contains(words, StringComparison.OrdinalIgnoreCase)) continue;
            // Of two bare repeats, the first stays.
            if (j < index || !IsBareParagraph(all[j], body, paragraphs)) return true;
        }
        return false;
    }

    // The paragraph holds the quotation's marks and nothing else.
    private static bool IsBareParagraph(Quotation quotation, string body, IReadOnlyList<TextSpan> paragraphs)
    {
        if (quotation.Parts.Count != 1) return false;
        int lo = 0, hi = paragraphs.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var p = paragraphs[mid];
            if (p.End <= quotation.WithMarks.Start) lo = mid + 1;
            else if (p.Start > quotation.WithMarks.Start) hi = mid - 1;
            else
                return body.AsSpan(p.Start, quotation.WithMarks.Start - p.Start).IsWhiteSpace()
                       && quotation.WithMarks.End <= p.End && body.AsSpan(quotation.WithMarks.End, p.End - quotation.WithMarks.End).IsWhiteSpace();
        }
        return false;
    }

    // The quoted words without the punctuation at their edges ("thought." and "thought," repeat each other).
    private static ReadOnlySpan<char> Core(string body, TextSpan text)
    {
        var span = body.AsSpan(text.Start, text.Length);
        var s = 0;
        var e = span.Length;
        while (s < e && !char.IsLetterOrDigit(span[s])) s++;
        while (e > s && !char.IsLetterOrDigit(span[e - 1])) e--;
        return span[s..e];
    }

    private static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        for (var i = 0; i < text.Length; i++)
            if (char.IsLetterOrDigit(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1]))) words++;
        return words;
    }
}
