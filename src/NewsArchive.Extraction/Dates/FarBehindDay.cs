namespace NewsArchive.Extraction.Dates;

/// <summary>
/// A day of the month long gone is written with its year in news ("on March 3 last year", "on 3 March 2024"). A bare
/// day that a past clause would put ten months or more behind the story ("The union has announced further strike days
/// on January 23 and 24", told on January 12) is the coming one: the past verb is the announcing, not the day. A past
/// verb that acts on the day itself ("opened its pools on June 15", "made landfall on Oct. 9") or a "last" in the
/// sentence ("Last year, peak bloom arrived March 23") keeps it behind.
/// </summary>
internal static class FarBehindDay
{
    private const int FarBehindDays = 300;
    private const int VerbReach = 6; // "made landfall near Siesta Key on Oct. 9"

    /// <summary>Whether <paramref name="resolved"/>, a past reading of a bare day and month, should be read as coming.</summary>
    public static bool IsComingInstead(DateScan scan, DateMention mention, PartialDate resolved, DateOnly reference)
    {
        if (mention.Expression is not { Form: DateForm.Calendar, Year: 0, Month: > 0, Day: > 0, YearRelative: false, WeekdayStated: false, Shift: DateShift.None }
            || resolved.Precision != DatePrecision.Day || reference.DayNumber - resolved.Start.DayNumber < FarBehindDays) return false;
        var (first, end) = scan.TokensOf(mention.Sentence);
        // "followed the 2020 caucuses, when … on Feb. 3": a year told beside the day sets it.
        for (var i = first; i < end; i++)
            if (scan.IsWord(i, "last") || scan.IsWord(i, "previous") || YearToken.At(scan, i) is not null) return false;
        // "the back-to-back storms of Jan. 10" names a happening gone by.
        if (mention.FirstToken > first && scan.IsWord(mention.FirstToken - 1, "of")) return false;
        for (var i = mention.FirstToken - 1; i >= first && i >= mention.FirstToken - VerbReach; i--)
            // ("has been pencilled in for July 8": a perfect passive sets the day, as announcing does.)
            if (ClauseTense.IsPastVerb(scan, i) && !DateWords.ReportingVerbs.Contains(scan.Text(i)) && !DateWords.AnnouncingVerbs.Contains(scan.Text(i))
                && !(i - 1 >= first && scan.IsWord(i - 1, "been")))
                return false;
        return true;
    }
}
