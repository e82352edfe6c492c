namespace NewsArchive.Extraction.Quotes;

/// <summary>
/// Finds direct quotations by their marks, in one pass over the body.
/// </summary>
/// <remarks>
/// Double marks (straight or curly) are the primary quotation marks; single marks inside them are nested
/// quotations and stay part of the outer text. Outside double marks, single marks are read as UK-style
/// quotations only when they clearly open and close one (apostrophes never do). A quotation never runs past its
/// paragraph, except by the multi-paragraph convention (see <see cref="MultiParagraphJoiner"/>); an unbalanced
/// mark is ignored.
/// </remarks>
public sealed class QuotationFinder
{
    /// <summary>Returns every quotation in the body, in order.</summary>
    public IReadOnlyList<Quotation> Find(string body, IReadOnlyList<TextSpan> paragraphs)
    {
        var found = new List<Quotation>();
        OpenQuotation? open = null;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            var closers = new SingleCloserIndex(body, paragraph);
            var i = paragraph.Start;
            if (open is { SingleMarks: true })
            {
                // A single-mark quotation carried over from the paragraph before: its closer, if any, is here.
                var close = closers.After(open.Parts[^1].Start - 1, out var weak);
                if (close >= 0 && !(weak && ContinuesInNext(body, paragraphs, p, singleMarks: true)))
                {
                    Add(found, body, open, close);
                    (open, i) = (null, close + 1);
                }
                else i = paragraph.End;
            }
            else if (open is not null)
            {
                i = open.Parts[^1].Start; // resumes after the repeated opening mark
            }

            for (; i < paragraph.End; i++)
            {
                // Only quotation marks and apostrophes matter here: skip to the next one.
                var skip = body.AsSpan(i, paragraph.End - i).IndexOfAny(QuoteMarks.All);
                if (skip < 0) break;
                i += skip;
                var c = body[i];
                if (QuoteMarks.IsDouble(c))
                {
                    var role = QuoteMarks.ClassifyDouble(body, i, paragraph);
                    if (open is null)
                    {
                        if (role != MarkRole.Close) open = OpenQuotation.At(i, singleMarks: false);
                    }
                    else if (role == MarkRole.Open)
                    {
                        // "“He told me “get out of here” and left,” she said": a quotation inside the open one, marked
                        // the same way, closes before the outer one does; skip past it. Otherwise the earlier
                        // mark was never closed and this one opens anew.
                        if (NestedCloser(body, paragraph, i) is var inner and >= 0) i = inner;
                        else open = OpenQuotation.At(i, singleMarks: false);
                    }
                    else
                    {
                        Add(found, body, open, i);
                        open = null;
                    }
                }
                else if (open is null && QuoteMarks.IsSingle(c) && QuoteMarks.IsSingleOpener(body, i, paragraph))
                {
                    var close = closers.After(i, out var weak);
                    // "two days’ notice" at the end of a paragraph whose quotation runs on into the next: a possessive.
                    if (close < 0 || (weak && ContinuesInNext(body, paragraphs, p, singleMarks: true)))
                    {
                        open = OpenQuotation.At(i, singleMarks: true);
                        break; // open to the end of the paragraph
                    }
                    Add(found, body, OpenQuotation.At(i, singleMarks: true), close);
                    i = close;
                }
            }

            if (open is null) continue;
            open = p + 1 < paragraphs.Count
                   && MultiParagraphJoiner.Continues(body, paragraphs[p + 1], open.SingleMarks, out var resume)
                ? open.ContinuedAt(paragraph.End, resume)
                : null;
        }
        return found;
    }

    // For a double opening mark at `open` inside an open quotation: the mark closing the nested quotation when the
    // next two double marks after it both close (the inner one, then the outer one); -1 otherwise.
    private static int NestedCloser(string body, TextSpan paragraph, int open)
    {
        var inner = -1;
        for (var i = open + 1; i < paragraph.End; i++)
        {
            var skip = body.AsSpan(i, paragraph.End - i).IndexOfAny(DoubleMarks);
            if (skip < 0) return -1;
            i += skip;
            if (QuoteMarks.ClassifyDouble(body, i, paragraph) == MarkRole.Open) return -1;
            if (inner >= 0) return inner;
            inner = i;
        }
        return -1;
    }

    private static readonly System.Buffers.SearchValues<char> DoubleMarks =
        System.Buffers.SearchValues.Create("\"\u201C\u201D\u201E\u00AB\u00BB");

    private static bool ContinuesInNext(string body, IReadOnlyList<TextSpan> paragraphs, int p, bool singleMarks) =>
        p + 1 < paragraphs.Count && MultiParagraphJoiner.Continues(body, paragraphs[p + 1], singleMarks, out _);

    private static void Add(List<Quotation> found, string body, OpenQuotation open, int closeMark)
    {
        var parts = new List<TextSpan>(open.Parts.Count);
        for (var k = 0; k < open.Parts.Count; k++)
        {
            var end = k == open.Parts.Count - 1 ? closeMark : open.Parts[k].End;
            var part = Trim(body, new TextSpan(open.Parts[k].Start, end));
            if (part.Length > 0) parts.Add(part);
        }
        if (parts.Count == 0) return;
        var text = new TextSpan(parts[0].Start, parts[^1].End);
        found.Add(new Quotation(text, new TextSpan(open.Mark, closeMark + 1)) { Parts = parts, SingleMarks = open.SingleMarks });
    }

    private static TextSpan Trim(string body, TextSpan span)
    {
        var (s, e) = (span.Start, span.End);
        while (s < e && char.IsWhiteSpace(body[s])) s++;
        while (e > s && char.IsWhiteSpace(body[e - 1])) e--;
        return new TextSpan(s, e);
    }

    /// <summary>A quotation whose closing mark is not found yet; one part per paragraph it has run over.</summary>
    private sealed record OpenQuotation(int Mark, bool SingleMarks, IReadOnlyList<TextSpan> Parts)
    {
        public static OpenQuotation At(int mark, bool singleMarks) =>
            new(mark, singleMarks, [new TextSpan(mark + 1, int.MaxValue)]);

        public OpenQuotation ContinuedAt(int paragraphEnd, int resume) =>
            this with { Parts = [.. Parts.Take(Parts.Count - 1), Parts[^1] with { End = paragraphEnd }, new TextSpan(resume, int.MaxValue)] };
    }
}
