using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// A coming date counted from the story's own day: "a fortnight today, on 11 April", "Polling day is Thursday 7 May,
/// two weeks from tomorrow", "a week today (Friday 3 July)", "ten days from today, on Oct. 2". The date less the count
/// (and a day for "tomorrow") is the day the story was written.
/// </summary>
internal static class CountdownPhrase
{
    private const int MaxDays = 70;

    /// <summary>The days from the story's day to the date, or null when no countdown phrase stands beside it.</summary>
    public static int? DaysAfterStory(DateScan scan, DateMention m)
    {
        var (first, end) = scan.TokensOf(m.Sentence);
        // Before the date: "… a fortnight today, on 11 April" / "a week today (Friday 3 July)".
        var i = m.FirstToken - 1;
        if (i >= first && scan.IsWord(i, "on")) i--;
        if (i >= first && (scan.IsSymbol(i, ',') || scan.IsSymbol(i, '('))) i--;
        if (i >= first && Backward(scan, i, first) is { } before) return before;
        // After the date: "Thursday 7 May, two weeks from tomorrow".
        var j = m.LastToken + 1;
        if (j < end && (scan.IsSymbol(j, ',') || scan.IsSymbol(j, '(') || scan.IsSymbol(j, '—') || scan.IsSymbol(j, '–'))) j++;
        return j < end ? Forward(scan, j, end) : null;
    }

    // The phrase ending at token last: COUNT UNIT [from] (today|tomorrow).
    private static int? Backward(DateScan scan, int last, int first)
    {
        int extra;
        if (scan.IsWord(last, "today")) extra = 0;
        else if (scan.IsWord(last, "tomorrow")) extra = 1;
        else return null;
        var u = last - 1;
        if (u >= first && scan.IsWord(u, "from")) u--;
        if (u - 1 < first || UnitDays(scan, u) is not { } unit) return null;
        return Total(scan, u - 1, unit, extra);
    }

    // The phrase starting at token start: COUNT UNIT [from] (today|tomorrow).
    private static int? Forward(DateScan scan, int start, int end)
    {
        if (start + 2 >= end || UnitDays(scan, start + 1) is not { } unit) return null;
        var r = start + 2;
        if (scan.IsWord(r, "from")) r++;
        if (r >= end) return null;
        var extra = scan.IsWord(r, "today") ? 0 : scan.IsWord(r, "tomorrow") ? 1 : -1;
        return extra < 0 ? null : Total(scan, start, unit, extra);
    }

    private static int? Total(DateScan scan, int countToken, int unitDays, int extra)
    {
        if (DateMentionFinder.CountAt(scan, countToken) is not { } count) return null;
        var days = count * unitDays + extra;
        return days is > 0 and <= MaxDays ? days : null;
    }

    private static int? UnitDays(DateScan scan, int i)
    {
        if (scan.Tokens[i].Kind != TokenKind.Word) return null;
        if (scan.IsWord(i, "fortnight") || scan.IsWord(i, "fortnights")) return 14;
        return (DateMentionFinder.UnitAt(scan, i, plural: true) ?? DateMentionFinder.UnitAt(scan, i, plural: false)) switch
        {
            RelativeUnit.Day => 1,
            RelativeUnit.Week => 7,
            _ => null,
        };
    }
}
