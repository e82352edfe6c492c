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

    /// <summary>
    /// "The General Assembly opens its 2025 session Jan. 7", "convenes Jan. 21 for the 2026 session": a coming day written
    /// beside a thing named by its year lies in that year, as a finished one does ("convened Jan. 14 for the 2025
    /// session"). A coming day without a year is the next such day after the story, so the story lies in the year
    /// before it. The earliest such day, or null.
    /// </summary>
    public static DateOnly? NamedYearDay(DateScan scan)
    {
        DateOnly? earliest = null;
        var mentions = scan.Mentions;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Expression is not { Form: DateForm.Calendar, Year: 0, Month: > 0, Day: > 0, YearRelative: false, WeekdayStated: false } e
                || DateContext.IsInsideQuotation(scan, m)) continue;
            if (NamedYearBeside(scan, mentions, i) is not { } year || !DateMentionFinder.IsValid(year, e.Month, e.Day)) continue;
            if (ClauseTense.Of(scan, m) is not { Tense: Tense.Future, HasVerb: true }) continue;
            var day = new DateOnly(year, e.Month, e.Day);
            if (earliest is null || day < earliest) earliest = day;
        }
        return earliest;
    }

    // The year of a thing named by its year in the mention's sentence ("its 2025 session"), or null.
    private static int? NamedYearBeside(DateScan scan, List<DateMention> mentions, int i)
    {
        var sentence = mentions[i].Sentence;
        for (var j = i - 1; j >= 0 && mentions[j].Sentence == sentence; j--)
            if (PublicationDateResolver.NamesThingByYear(scan, mentions[j])) return mentions[j].Expression.Year;
        for (var j = i + 1; j < mentions.Count && mentions[j].Sentence == sentence; j++)
            if (PublicationDateResolver.NamesThingByYear(scan, mentions[j])) return mentions[j].Expression.Year;
        return null;
    }
}
