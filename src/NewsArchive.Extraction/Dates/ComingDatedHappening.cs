namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "the next increase takes effect July 1, 2026", "the new rules will apply from 6 April 2027": a happening still to
/// come, dated to the day with its year, says the story came before that day. Such plans are told when they are near
/// (a far one is told by its year: "could open in 2030"), so the latest fitting year before it is the story's.
/// </summary>
internal static class ComingDatedHappening
{
    /// <summary>The earliest coming day the narrative dates with its year, or null.</summary>
    public static DateOnly? Earliest(DateScan scan)
    {
        DateOnly? earliest = null;
        foreach (var m in scan.Mentions)
        {
            var e = m.Expression;
            if (e is not { Form: DateForm.Calendar, Year: > 0, Month: > 0, Day: > 0, YearRelative: false }) continue;
            if (!DateMentionFinder.IsValid(e.Year, e.Month, e.Day) || DateContext.IsInsideQuotation(scan, m) || DateContext.IsPageChrome(scan, m)
                || DateContext.IsConditional(scan, m) || DateContext.IsLikelihoodOrLimit(scan, m)) continue;
            // "must be finished by March 31, 2030": a deadline may lie years ahead.
            var (first, _) = scan.TokensOf(m.Sentence);
            if (m.FirstToken - 1 >= first && (scan.IsWord(m.FirstToken - 1, "by") || scan.IsWord(m.FirstToken - 1, "until")
                || scan.IsWord(m.FirstToken - 1, "through") || scan.IsWord(m.FirstToken - 1, "before"))) continue;
            var reading = ClauseTense.Of(scan, m);
            if (reading.Tense != Tense.Future || !reading.HasVerb) continue;
            var day = new DateOnly(e.Year, e.Month, e.Day);
            if (earliest is null || day < earliest) earliest = day;
        }
        return earliest;
    }
}
