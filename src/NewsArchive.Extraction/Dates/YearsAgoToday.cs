using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "Exactly one year ago today, on Sept. 27, 2024, the river rose …", "Ten years ago today (14 May 2016) the plant
/// closed": a full date counted back from today in years puts the story's day that many years after it.
/// </summary>
internal static class YearsAgoToday
{
    private const int MaxYears = 200;
    private const int MaxGapTokens = 4; // "today, on Sept. 27, 2024" / "today (14 May 2016)"
    private const int MaxHolidayTokens = 6; // "The Boxing Day floods of 2015"

    /// <summary>The story's day, or null when no narrative sentence counts today back to a full date in years.</summary>
    public static DateOnly? Find(DateScan scan, DateOnly latest)
    {
        var mentions = scan.Mentions;
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var m = mentions[i];
            if (DateContext.IsInsideQuotation(scan, m) || YearsAgo(scan, m) is not { } years) continue;
            var d = mentions[i + 1];
            if (d.Sentence != m.Sentence || d.FirstToken - m.LastToken > MaxGapTokens
                || d.Expression is not { Form: DateForm.Calendar, Year: > 0, Month: > 0, Day: > 0 } e)
            {
                // "TWENTY years ago today, crowds lined the Royal Mile … the job they started on 1 July 1999": the
                // happening dated in full a few sentences on.
                if (DatedLater(scan, i, years, latest) is { } later) return later;
                continue;
            }
            var year = e.Year + years;
            if (!DateMentionFinder.IsValid(year, e.Month, e.Day)) continue;
            var day = new DateOnly(year, e.Month, e.Day);
            if (day <= latest) return day;
        }
        return null;
    }

    // The first narrative full date after the count that, that many years on, is no later than the latest possible day;
    // the happening counted back to may be dated far down the story ("A year ago today, Hurricane Ian came ashore … the
    // Sept. 28, 2022, storm killed dozens", twenty paragraphs on).
    private static DateOnly? DatedLater(DateScan scan, int i, int years, DateOnly latest)
    {
        var mentions = scan.Mentions;
        for (var j = i + 1; j < mentions.Count; j++)
        {
            if (mentions[j].Expression is not { Form: DateForm.Calendar, Year: > 0 } e || DateContext.IsInsideQuotation(scan, mentions[j])) continue;
            var (month, dayOfMonth) = e is { Month: > 0, Day: > 0 } ? (e.Month, e.Day)
                : e.Month == 0 && HolidayOfYear(scan, mentions[j]) is { } holiday ? holiday : (0, 0);
            var year = e.Year + years;
            if (month == 0 || !DateMentionFinder.IsValid(year, month, dayOfMonth)) continue;
            var day = new DateOnly(year, month, dayOfMonth);
            if (day <= latest) return day;
        }
        return null;
    }

    // "The Boxing Day floods of 2015", "the Christmas Eve fire of 1998": a fixed holiday named a few words before a bare
    // year dates that year's happening to the day.
    private static (int Month, int Day)? HolidayOfYear(DateScan scan, DateMention year)
    {
        var (first, _) = scan.TokensOf(year.Sentence);
        for (var i = Math.Max(first, year.FirstToken - MaxHolidayTokens); i < year.FirstToken; i++)
        {
            var t = scan.Tokens[i];
            if (t.Kind != TokenKind.Word || !char.IsUpper(scan.Body[t.Start]) || i > first && IsLimit(scan, i - 1)) continue;
            foreach (var (name, month, day) in HolidayNames.Fixed)
                if (HolidayNames.MatchedLength(scan.Body, t.Start, name) > 0) return (month, day);
        }
        return null;
    }

    // "until Christmas Day 2015", "since New Year's Day of 2019": a limit, not the happening's day.
    private static bool IsLimit(DateScan scan, int i) =>
        scan.IsWord(i, "until") || scan.IsWord(i, "since") || scan.IsWord(i, "before") || scan.IsWord(i, "after") || scan.IsWord(i, "by");

    // The count of "N years ago today" when the mention ends with "today" after "N year(s) ago" (one mention or two).
    private static int? YearsAgo(DateScan scan, DateMention m)
    {
        var t = m.LastToken;
        if (!scan.IsWord(t, "today") && !scan.IsWord(t, "tonight")) return null; // "five years ago tonight"
        var (first, _) = scan.TokensOf(m.Sentence);
        if (t - 3 < first || !scan.IsWord(t - 1, "ago") || !(scan.IsWord(t - 2, "years") || scan.IsWord(t - 2, "year"))) return null;
        // "Five years ago today" opens its sentence with a capital.
        var count = DateMentionFinder.CountAt(scan, t - 3)
            ?? (DateWords.NumberWords.TryGetValue(scan.Text(t - 3).ToString().ToLowerInvariant(), out var n) ? n : null);
        return count is > 0 and <= MaxYears ? count : null;
    }

    /// <summary>Whether the mention is the "today" of "N years ago today", which counts back from the story's day.</summary>
    public static bool CountsBack(DateScan scan, DateMention m) => YearsAgo(scan, m) is not null;
}
