using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// A coming month or day ten months or more ahead is written with its year in news ("in March next year", "in
/// August 2027"). A bare one that the clause's future word would put that far ahead, in a sentence that tells of
/// the past ("had seen a jump beginning in late March", "pried open a rear door between 6 p.m. Oct. 13 and …"), is
/// the recent one. Without a past verb ("The funding will stop on Sept. 30") it stays ahead.
/// </summary>
internal static class FarAheadDate
{
    private const int FarAheadMonths = 10;

    /// <summary>Whether <paramref name="resolved"/>, a future reading of a bare month or day, should be read as past.</summary>
    public static bool IsRecentInstead(DateScan scan, DateMention mention, PartialDate resolved, DateOnly reference)
    {
        if (mention.Expression is not { Form: DateForm.Calendar, Year: 0, Month: > 0, YearRelative: false, WeekdayStated: false, Shift: DateShift.None })
            return false;
        if (resolved.Start.Year * 12 + resolved.Start.Month - (reference.Year * 12 + reference.Month) < FarAheadMonths) return false;
        var (first, end) = scan.TokensOf(mention.Sentence);
        for (var i = first; i < end; i++)
        {
            if (i >= mention.FirstToken && i <= mention.LastToken) continue;
            if (!ClauseTense.IsPastVerb(scan, i) || ClauseTense.IsFutureMarker(scan, i, end)) continue;
            // "is expected to be replaced", "will be held": a participle after an auxiliary is not a past tense.
            if (i > first && (scan.IsWord(i - 1, "be") || scan.IsWord(i - 1, "is") || scan.IsWord(i - 1, "are") || scan.IsWord(i - 1, "being")))
                continue;
            if (ClauseTense.IsConditionParticiple(scan, i, first)) continue;
            return true;
        }
        return false;
    }
}
