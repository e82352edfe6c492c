namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "is expected to start in summer 2025", "would not enter service until spring 2026", "with doors opening in the fall of
/// 2028": a season is too loose to time what is still to come, as "next spring" is, so it makes no event. A season gone
/// by ("piloted the scheme in spring 2022") dates what happened then.
/// </summary>
internal static class ComingSeason
{
    public static bool Is(DateScan scan, DateMention mention, ClauseReading reading)
    {
        if (reading.Tense != Tense.Future || mention.Expression is not { Form: DateForm.Calendar, Month: 0, Year: > 0 }) return false;
        var first = scan.TokensOf(mention.Sentence).First;
        var i = mention.FirstToken - 1;
        if (i > first && scan.IsWord(i, "of")) i--;
        return i >= first && DateMentionFinder.IsSeason(scan, i);
    }
}
