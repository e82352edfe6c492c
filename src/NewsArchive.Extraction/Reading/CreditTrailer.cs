namespace NewsArchive.Extraction.Reading;

/// <summary>
/// Recognizes the wire-service trailer that closes many stories: "(Reporting by Jane Doe in Paris; Editing by
/// John Roe)" or "Associated Press writer Jane Doe in Harrisburg contributed to this report." It credits the
/// newsroom, not anyone in the story, so the readers leave it out of the body.
/// </summary>
internal static class CreditTrailer
{
    private const int MaxLength = 400; // a trailer is a line, not a paragraph of the story

    private static readonly string[] BracketedCues =
        ["Reporting by", "Additional reporting by", "Writing by", "Editing by", "Compiled by", "Reporting and writing by"];

    private static readonly string[] ClosingCues =
        ["contributed to this report.", "contributed to this story.", "contributed reporting.", "contributed to this article.",
         "contributed to this report", "contributed reporting"];

    /// <summary>True when the whole paragraph is a reporting/editing credit.</summary>
    public static bool IsTrailer(string paragraph)
    {
        var text = paragraph.AsSpan().Trim();
        if (text.Length == 0 || text.Length > MaxLength) return false;
        if (text[0] == '(' && text[^1] == ')')
        {
            var inner = text[1..].TrimStart();
            foreach (var cue in BracketedCues)
                if (inner.StartsWith(cue, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }
        foreach (var cue in ClosingCues)
            if (text.EndsWith(cue, StringComparison.Ordinal)) return true;
        return false;
    }
}
