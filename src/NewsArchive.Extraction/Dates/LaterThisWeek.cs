namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "setting up a vote by the full board later this week, on Thursday, June 12", "comment closes later this month, on
/// Nov. 29", "the hearing resumes next week, on Monday 3 March": a date set beside "later this week/month" or "next
/// week/month" lies ahead of the story, whatever tense the clause around it reads in.
/// </summary>
internal static class LaterThisWeek
{
    private const int MaxGap = 3; // "later this week, on" / "next week (on"

    /// <summary>Whether the words right before the date say it is later this week or month, or next.</summary>
    public static bool Is(DateScan scan, DateMention m)
    {
        var (first, _) = scan.TokensOf(m.Sentence);
        var i = m.FirstToken - 1;
        for (var skipped = 0; i >= first && skipped < MaxGap && (scan.IsSymbol(i, ',') || scan.IsSymbol(i, '(') || scan.IsWord(i, "on")); skipped++) i--;
        if (i - 1 < first || !(scan.IsWord(i, "week") || scan.IsWord(i, "month"))) return false;
        return scan.IsWord(i - 1, "next") || scan.IsWord(i - 1, "this") && i - 2 >= first && scan.IsWord(i - 2, "later");
    }
}
