namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "with the election on 7 May only weeks away", "the deadline, Friday, now days away": a date said to be some time
/// away still lies ahead of the story, whatever the tense of the clause around it.
/// </summary>
internal static class StillAway
{
    private const int Reach = 6; // words from the date to "away"

    public static bool Is(DateScan scan, DateMention mention)
    {
        var (_, end) = scan.TokensOf(mention.Sentence);
        for (var i = mention.LastToken + 2; i < end && i <= mention.LastToken + Reach; i++)
        {
            if (DateContext.IsClauseBreak(scan, i - 1)) return false;
            if (!scan.IsWord(i, "away")) continue;
            return scan.IsWord(i - 1, "fortnight") || DateMentionFinder.UnitAt(scan, i - 1, plural: true) is RelativeUnit.Day or RelativeUnit.Week or RelativeUnit.Month
                || DateMentionFinder.UnitAt(scan, i - 1, plural: false) is RelativeUnit.Day or RelativeUnit.Week or RelativeUnit.Month;
        }
        return false;
    }
}
