using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// A four-digit year read straight from the tokens, for year evidence that is no date mention: a year before a noun
/// ("forecast 2025 organic sales growth", "the 2025 Atlantic hurricane season") dates no happening of its own.
/// </summary>
internal static class YearToken
{
    /// <summary>The year the token is when it stands alone (not "2024-25", "2025%" or "$2025"), or null.</summary>
    public static int? At(DateScan scan, int i)
    {
        var t = scan.Tokens[i];
        if (t.Kind != TokenKind.Number || t.Length != 4 || !int.TryParse(scan.Text(i), out var year)
            || year is < DateMentionFinder.MinBareYear or > DateMentionFinder.MaxBareYear) return null;
        if (i + 1 < scan.Tokens.Count && scan.Tokens[i + 1].Start == t.End && scan.Body[scan.Tokens[i + 1].Start] is '%' or '-' or '/' or '–') return null;
        if (i > 0 && scan.Tokens[i - 1].End == t.Start && scan.Body[scan.Tokens[i - 1].Start] is '$' or '£' or '€' or '-' or '/' or '–') return null;
        return year;
    }
}
