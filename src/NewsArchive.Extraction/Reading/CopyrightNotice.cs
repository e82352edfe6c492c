namespace NewsArchive.Extraction.Reading;

/// <summary>
/// Finds the year of a copyright notice ("Copyright 2026 The Associated Press", "© 2026 Sky UK",
/// "Copyright The Financial Times Limited 2026"). A page is copyrighted in the year it is published or later,
/// so the year bounds the publication date from above, and on a wire story or a fresh page it is that year.
/// </summary>
internal static class CopyrightNotice
{
    // The year follows the mark within a short notice ("© THE FINANCIAL TIMES LTD 2026"), on the same line.
    private const int Reach = 80;
    private const int EarliestYear = 1900;
    private const int LatestYear = 2099;

    /// <summary>The latest year any notice in <paramref name="text"/> names, or null when there is none.</summary>
    public static int? FindYear(string text)
    {
        int? latest = null;
        // "©" has no other case: an ordinal search finds the same marks, with the vectorized search instead of the
        // per-character case folding that ignoring case costs for a mark outside ASCII.
        Scan(text, "©", StringComparison.Ordinal, ref latest);
        Scan(text, "copyright", StringComparison.OrdinalIgnoreCase, ref latest);
        Scan(text, "(c) ", StringComparison.OrdinalIgnoreCase, ref latest);
        return latest;
    }

    private static void Scan(string text, string mark, StringComparison comparison, ref int? latest)
    {
        for (var at = text.IndexOf(mark, comparison); at >= 0;
             at = text.IndexOf(mark, at + mark.Length, comparison))
        {
            var after = at + mark.Length;
            if (!StartsNotice(text, after)) continue;
            // "© 2006–2026": the last year of a range is the page's.
            if (LastYearWithin(text, after) is { } year && (latest is null || year > latest)) latest = year;
        }
    }

    // A notice goes on with a year, another mark or a name ("Copyright 2026", "Copyright (c)", "© Sky UK 2026");
    // prose about copyright goes on in lower case ("copyright claims filed in 2019").
    internal static bool StartsNotice(string text, int start)
    {
        var i = start;
        while (i < text.Length && text[i] is ' ' or '\u00A0' or ':') i++;
        return i < text.Length && (char.IsAsciiDigit(text[i]) || char.IsUpper(text[i]) || text[i] is '©' or '(');
    }

    // "Bloomberg L.P. 2026": a full stop after a capital initial does not end the notice.
    private static bool IsInitial(string text, int dot) => dot > 0 && char.IsUpper(text[dot - 1]) && (dot < 2 || !char.IsLetter(text[dot - 2]) || text[dot - 2] == '.');

    private static int? LastYearWithin(string text, int start)
    {
        int? year = null;
        var end = Math.Min(text.Length, start + Reach);
        for (var i = start; i < end; i++)
        {
            // The notice ends with its line or sentence ("© Bloomberg. Sales rose in 2019" names no page year).
            if (text[i] is '\n' or '\r' || (text[i] == '.' && i + 1 < end && text[i + 1] == ' ' && !IsInitial(text, i))) break;
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && char.IsAsciiDigit(text[i - 1]))) continue;
            var digits = 0;
            while (i + digits < text.Length && char.IsAsciiDigit(text[i + digits])) digits++;
            if (digits == 4 && int.Parse(text.AsSpan(i, 4)) is >= EarliestYear and <= LatestYear and var found) year = found;
            i += digits - 1;
        }
        return year;
    }
}
