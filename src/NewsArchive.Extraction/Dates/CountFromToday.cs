namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "a fortnight today, on 11 April", "Thursday 7 May, two weeks from tomorrow", "a week on Saturday": a coming date
/// counted from the story's own day, so the story's day is that count before it. The "today" or "tomorrow" inside
/// such a count is its base, not a dated happening.
/// </summary>
internal static class CountFromToday
{
    private const int MaxDays = 60;

    /// <summary>How many days after the story's day the calendar date <paramref name="m"/> falls by the count written beside it, or null.</summary>
    public static int? DaysAfterStory(DateScan scan, DateMention m)
    {
        var (first, end) = scan.TokensOf(m.Sentence);
        // After the date: "Thursday 7 May, two weeks from tomorrow".
        var i = m.LastToken + 1;
        if (i < end && scan.IsSymbol(i, ',')) i++;
        if (Forward(scan, i, end) is { } after) return after;
        // Before it: "a fortnight today, on 11 April".
        var k = m.FirstToken - 1;
        if (k >= first && scan.IsWord(k, "on")) k--;
        if (k >= first && (scan.IsSymbol(k, ',') || scan.IsSymbol(k, '('))) k--; // "a week today (Saturday 14 March)"
        if (k < first || !IsBase(scan, k, out var extra)) return null;
        return Count(scan, k - 1, first, extra);
    }

    /// <summary>Whether the "today"/"tomorrow" mention <paramref name="m"/> is the base of such a count ("a fortnight today").</summary>
    public static bool IsBase(DateScan scan, DateMention m) => DaysCounted(scan, m) is not null;

    /// <summary>
    /// The days the count ending in the "today"/"tomorrow" mention <paramref name="m"/> reaches past the story's day ("a week
    /// from today" is 7, "two days from tomorrow" 3), or null when the mention is no count's base.
    /// </summary>
    public static int? DaysCounted(DateScan scan, DateMention m)
    {
        var (first, _) = scan.TokensOf(m.Sentence);
        if (m.FirstToken != m.LastToken || !IsBase(scan, m.FirstToken, out var extra)) return null;
        return Count(scan, m.FirstToken - 1, first, extra);
    }

    // "two weeks from tomorrow", "a fortnight today" read forward from the count.
    private static int? Forward(DateScan scan, int i, int end)
    {
        if (i + 2 >= end || DateMentionFinder.CountAt(scan, i) is not { } count || Unit(scan, i + 1) is not { } unit) return null;
        var b = i + 2;
        if (scan.IsWord(b, "from") && b + 1 < end) b++;
        if (!IsBase(scan, b, out var extra)) return null;
        return Days(count * unit + extra);
    }

    // Read backward from the word before the base: "[from] weeks two", "fortnight a".
    private static int? Count(DateScan scan, int k, int first, int extra)
    {
        if (k >= first && scan.IsWord(k, "from")) k--;
        if (k - 1 < first || Unit(scan, k) is not { } unit || DateMentionFinder.CountAt(scan, k - 1) is not { } count) return null;
        return Days(count * unit + extra);
    }

    private static int? Days(int days) => days is > 0 and <= MaxDays ? days : null;

    private static bool IsBase(DateScan scan, int i, out int extra)
    {
        extra = scan.IsWord(i, "tomorrow") ? 1 : 0;
        return extra == 1 || scan.IsWord(i, "today");
    }

    // Days in the unit a word names; a count of months or years is not a short countdown.
    private static int? Unit(DateScan scan, int i) =>
        scan.IsWord(i, "fortnight") ? 14
        : (DateMentionFinder.UnitAt(scan, i, plural: true) ?? DateMentionFinder.UnitAt(scan, i, plural: false)) switch
        {
            RelativeUnit.Day => 1,
            RelativeUnit.Week => 7,
            _ => null,
        };
}
