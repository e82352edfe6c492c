namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "Today marks two years since the limit came into force on 17 September 2023", "Yesterday marked 35 years since the
/// explosion": the day that marks an anniversary is where the count starts from; the happening is the one counted back
/// to, not something on the story's day.
/// </summary>
internal static class DayMarksSince
{
    private const int CountReach = 6; // "marks exactly two and a half years since"

    public static bool Is(DateScan scan, DateMention mention)
    {
        if (mention.Expression is not { Form: DateForm.Relative, Unit: RelativeUnit.Day, Offset: 0 or -1, FromPrevious: false }) return false;
        var (_, end) = scan.TokensOf(mention.Sentence);
        var next = mention.LastToken + 1;
        if (next >= end || !(scan.IsWord(next, "marks") || scan.IsWord(next, "marked"))) return false;
        // ("Today marks the start of the festival" tells a happening of the day.)
        for (var i = next + 1; i < end && i <= next + CountReach; i++)
            if (scan.IsWord(i, "since") || scan.IsWord(i, "anniversary")) return true;
        return false;
    }
}
