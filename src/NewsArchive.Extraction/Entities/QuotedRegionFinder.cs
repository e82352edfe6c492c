using System.Buffers;
using NewsArchive.Extraction.Quotes;

namespace NewsArchive.Extraction.Entities;

/// <summary>
/// The stretches of the body that stand inside quotation marks. Starts from the quotation finder's spans and
/// adds any double- or curly-quoted stretch it left out (scare quotes included), because a capitalized phrase in
/// quotes must never introduce an entity whatever the quotation finder decided about it.
/// </summary>
internal sealed class QuotedRegionFinder
{
    public IReadOnlyList<TextSpan> Find(string body, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<Quotation> quotations)
    {
        var spans = new List<TextSpan>(quotations.Count + 4);
        foreach (var quotation in quotations) spans.Add(quotation.WithMarks);
        foreach (var paragraph in paragraphs) ScanParagraph(body, paragraph, spans);
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return Merge(spans);
    }

    private static readonly SearchValues<char> Marks = SearchValues.Create("“”\"‘’");

    private static void ScanParagraph(string body, TextSpan paragraph, List<TextSpan> spans)
    {
        var open = -1;
        var openSingle = -1;
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            // Only the five marks below matter: skip to the next one.
            var skip = body.AsSpan(i, paragraph.End - i).IndexOfAny(Marks);
            if (skip < 0) break;
            i += skip;
            var c = body[i];
            var before = i > paragraph.Start ? body[i - 1] : ' ';
            var after = i + 1 < paragraph.End ? body[i + 1] : ' ';
            switch (c)
            {
                case '“':
                    open = open < 0 ? i : open;
                    break;
                case '”' when open >= 0:
                    spans.Add(new TextSpan(open, i + 1));
                    open = -1;
                    break;
                case '"':
                    if (open < 0) open = i;
                    else { spans.Add(new TextSpan(open, i + 1)); open = -1; }
                    break;
                case '‘' when open < 0 && openSingle < 0 && !char.IsLetterOrDigit(before):
                    openSingle = i;
                    break;
                case '’' when openSingle >= 0 && !char.IsLetter(after) && !char.IsWhiteSpace(before):
                    spans.Add(new TextSpan(openSingle, i + 1));
                    openSingle = -1;
                    break;
            }
        }
        // A quotation running on into the next paragraph closes only there: this paragraph is quoted to its end.
        if (open >= 0) spans.Add(new TextSpan(open, paragraph.End));
        else if (openSingle >= 0) spans.Add(new TextSpan(openSingle, paragraph.End));
    }

    private static List<TextSpan> Merge(List<TextSpan> sorted)
    {
        var merged = new List<TextSpan>(sorted.Count);
        foreach (var span in sorted)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
                merged[^1] = new TextSpan(merged[^1].Start, Math.Max(merged[^1].End, span.End));
            else merged.Add(span);
        }
        return merged;
    }
}
