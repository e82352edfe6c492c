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

    /// <summary>
    /// Whether the token after a year is the lower-case noun a thing's name ends in ("the 2024 presidential race", "its
    /// 2025 season"), not a conjunction or "to" ("the 2023 and 2024 seasons", "from 2019 to 2021").
    /// </summary>
    public static bool NounFollows(DateScan scan, int next) =>
        scan.Tokens[next].Kind == TokenKind.Word && char.IsLower(scan.Body[scan.Tokens[next].Start])
        && !scan.IsWord(next, "and") && !scan.IsWord(next, "or") && !scan.IsWord(next, "to");

    /// <summary>The first year of a span written at the token ("2019-20", "2025/26", "2024–2025"), or null.</summary>
    public static int? SpanStartAt(DateScan scan, int i)
    {
        var tokens = scan.Tokens;
        if (i + 2 >= tokens.Count || tokens[i].Kind != TokenKind.Number || tokens[i].Length != 4 || tokens[i + 2].Kind != TokenKind.Number) return null;
        if (!(scan.IsSymbol(i + 1, '-') || scan.IsSymbol(i + 1, '/') || scan.IsSymbol(i + 1, '–'))) return null;
        if (tokens[i].End != tokens[i + 1].Start || tokens[i + 1].End != tokens[i + 2].Start) return null;
        if (!int.TryParse(scan.Text(i), out var year) || year < 1900 || !int.TryParse(scan.Text(i + 2), out var second)) return null;
        var next = tokens[i + 2].Length == 2 ? (year + 1) % 100 : tokens[i + 2].Length == 4 ? year + 1 : -1;
        return second == next ? year : null;
    }
}
