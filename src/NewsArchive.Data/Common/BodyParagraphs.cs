using NewsArchive.Extraction;

namespace NewsArchive.Data.Common;

/// <summary>Recovers paragraph spans from a stored body; the readers join paragraphs with a blank line.</summary>
public static class BodyParagraphs
{
    private const string Separator = "\n\n";

    public static IReadOnlyList<TextSpan> Of(string body)
    {
        var spans = new List<TextSpan>();
        var start = 0;
        while (start <= body.Length)
        {
            var end = body.IndexOf(Separator, start, StringComparison.Ordinal);
            if (end < 0) end = body.Length;
            if (end > start) spans.Add(new TextSpan(start, end));
            start = end + Separator.Length;
        }
        return spans;
    }

    /// <summary>The first paragraph, cut at a word boundary near <paramref name="maxLength"/>.</summary>
    public static string FirstLine(string bodyStart, int maxLength = 240)
    {
        var end = bodyStart.IndexOf(Separator, StringComparison.Ordinal);
        var line = (end < 0 ? bodyStart : bodyStart[..end]).Trim();
        if (line.Length <= maxLength) return line;
        var cut = line.LastIndexOf(' ', maxLength);
        return line[..(cut > maxLength / 2 ? cut : maxLength)].TrimEnd(',', ';', ':') + "…";
    }
}
