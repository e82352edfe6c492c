namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "landlords have until the end of March to sign up", "a mandate to strike until the end of August", "cut spending by a
/// fifth before the end of March": the end of a month or year as a limit is when a span or a time allowed runs out, not a
/// happening.
/// </summary>
internal static class EndOfLimit
{
    public static bool Is(DateScan scan, DateMention mention)
    {
        if (mention.Expression.Day > 0 || mention.Expression.Form == DateForm.Weekday) return false;
        var (first, _) = scan.TokensOf(mention.Sentence);
        var of = mention.FirstToken - 1;
        return of - 3 >= first && scan.IsWord(of, "of") && scan.IsWord(of - 1, "end") && scan.IsWord(of - 2, "the")
            && (scan.IsWord(of - 3, "until") || scan.IsWord(of - 3, "till") || scan.IsWord(of - 3, "before"));
    }
}
