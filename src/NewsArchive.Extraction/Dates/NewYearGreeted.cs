using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "Thousands packed the square last night to welcome in 2025", "Revellers will ring in 2027 tonight": a year greeted
/// at midnight beside the story's today, tonight or yesterday dates the story to the turn of that year (the greeting
/// is on New Year's Eve, so "last night" makes the story New Year's Day).
/// </summary>
internal static class NewYearGreeted
{
    private const int MaxGapTokens = 12;

    /// <summary>The story's day, or null when no narrative sentence greets a year beside its today, tonight or yesterday.</summary>
    public static DateOnly? Find(DateScan scan, DateOnly latest)
    {
        foreach (var m in scan.Mentions)
        {
            if (m.Expression is not { Form: DateForm.Relative, Unit: RelativeUnit.Day, Offset: >= -1 and <= 1, FromPrevious: false } e
                || DateContext.IsInsideQuotation(scan, m) || GreetedYear(scan, m) is not { } year) continue;
            // The greeting falls on 31 December of the year before; the story is that day moved by the mention's offset.
            var day = new DateOnly(year - 1, 12, 31).AddDays(-e.Offset);
            return day <= latest ? day : null;
        }
        return null;
    }

    /// <summary>
    /// The year the narrative greets anywhere ("Chicago diners who ring in 2026 with brunch out"), or null: a story dated
    /// "today, Jan. 1" (or New Year's Eve) is of the turn of that year.
    /// </summary>
    public static int? AnyGreetedYear(DateScan scan)
    {
        var tokens = scan.Tokens;
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            if (!scan.IsWord(i, "in") || tokens[i + 1].Kind != TokenKind.Number || tokens[i + 1].Length != 4) continue;
            if (!IsGreeting(scan, i - 1) || scan.IsInsideQuotation(tokens[i].Start)) continue;
            if (int.TryParse(scan.Text(i + 1), out var year) && year is > 1900 and < 9999) return year;
        }
        return null;
    }

    // "welcome in 2025", "ring in 2025", "usher in 2025" near the mention, outside quotes.
    private static int? GreetedYear(DateScan scan, DateMention m)
    {
        var (first, end) = scan.TokensOf(m.Sentence);
        var from = Math.Max(first + 1, m.FirstToken - MaxGapTokens);
        var to = Math.Min(end - 2, m.LastToken + MaxGapTokens);
        for (var i = from; i <= to; i++)
        {
            if (!scan.IsWord(i, "in") || scan.Tokens[i + 1].Kind != TokenKind.Number || scan.Tokens[i + 1].Length != 4) continue;
            if (!IsGreeting(scan, i - 1) || scan.IsInsideQuotation(scan.Tokens[i].Start)) continue;
            if (int.TryParse(scan.Text(i + 1), out var year) && year is > 1900 and < 9999) return year;
        }
        return null;
    }

    // Not "see in 2025" or "bring in 2025": "what shoppers will see in 2025" looks ahead to the year, not to its midnight.
    private static bool IsGreeting(DateScan scan, int i) =>
        scan.IsWord(i, "welcome") || scan.IsWord(i, "welcomed") || scan.IsWord(i, "welcoming") || scan.IsWord(i, "ring")
        || scan.IsWord(i, "rang") || scan.IsWord(i, "ringing") || scan.IsWord(i, "usher") || scan.IsWord(i, "ushered") || scan.IsWord(i, "ushering");
}
