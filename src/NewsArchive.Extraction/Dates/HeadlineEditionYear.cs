namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "Goose Fair 2019: new rides, cheaper wristbands …", "Edinburgh's Hogmanay 2024 street party cancelled", "Wimbledon
/// 2026: Lowe into semi-finals", "Primary Election 2022: what voters need to know": a headline that names the edition
/// its story is about by its year (a name, then the year) gives the story's year. A year after a preposition or a
/// comparison ("won't open until 2026", "cases top 2019 total") or in a law's or plan's name ("Water Act 2025",
/// "Budget 2026") is not the story's (dates-headline-year-blockers.txt).
/// </summary>
internal static class HeadlineEditionYear
{
    private const int Earliest = 1900;
    private const int Latest = 2100;

    /// <summary>The one edition year the headline names, or null (none, or two different ones).</summary>
    public static int? Find(string? headline)
    {
        if (string.IsNullOrEmpty(headline)) return null;
        int? found = null;
        for (var i = 0; i + 4 <= headline.Length; i++)
        {
            if (!IsYearAt(headline, i, out var year)) continue;
            if (NamedBefore(headline, i) && StandsAlone(headline, i + 4))
            {
                if (found is { } other && other != year) return null;
                found = year;
            }
            i += 3;
        }
        return found;
    }

    private static bool IsYearAt(string s, int i, out int year)
    {
        year = 0;
        if (i > 0 && (char.IsLetterOrDigit(s[i - 1]) || s[i - 1] is '-' or '/' or '–' or '$' or '£' or '€')) return false;
        for (var k = i; k < i + 4; k++)
            if (!char.IsAsciiDigit(s[k])) return false;
        if (i + 4 < s.Length && char.IsLetterOrDigit(s[i + 4])) return false;
        year = int.Parse(s.AsSpan(i, 4));
        return year is >= Earliest and <= Latest;
    }

    // A capitalised name right before the year ("Goose Fair", "Hogmanay", "Indy 500"), not a month, a season, a
    // preposition or a blocker.
    private static bool NamedBefore(string s, int i)
    {
        var end = i - 1;
        if (end < 1 || s[end] != ' ') return false;
        var start = end;
        while (start > 0 && (char.IsLetterOrDigit(s[start - 1]) || s[start - 1] is '\'' or '’')) start--;
        var word = s.AsSpan(start, end - start);
        if (word.Length == 0 || !(char.IsUpper(word[0]) || char.IsAsciiDigit(word[0]) && start > 0)) return false;
        if (word.EndsWith("'s") || word.EndsWith("’s")) word = word[..^2];
        return !DateWords.Prepositions.Contains(word) && !DateWords.HeadlineYearBlockers.Contains(word)
            && !DateWords.Months.ContainsKey(word) && !DateWords.MonthAbbreviations.ContainsKey(word) && !IsSeason(word);
    }

    // Not the first year of a span ("2024-25") or a figure ("2019 total" is left to the blockers before it).
    private static bool StandsAlone(string s, int after) =>
        after >= s.Length || !(s[after] is '-' or '–' or '/' && after + 1 < s.Length && char.IsAsciiDigit(s[after + 1]));

    private static bool IsSeason(ReadOnlySpan<char> word) =>
        word.Equals("spring", StringComparison.OrdinalIgnoreCase) || word.Equals("summer", StringComparison.OrdinalIgnoreCase)
        || word.Equals("autumn", StringComparison.OrdinalIgnoreCase) || word.Equals("fall", StringComparison.OrdinalIgnoreCase)
        || word.Equals("winter", StringComparison.OrdinalIgnoreCase);
}
