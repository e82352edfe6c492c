using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "The budget was set weeks before the Holyrood election on 7 May", "a seat on the ballot in the April 7 municipal
/// election, have made plowing a centerpiece", "The proposals come months before the Senedd election on May 7": a
/// day without a year that only names a happening by its noun has no verb of its own; the verb of the clause tells of
/// another happening (a budget set, a pitch made), which says nothing of which side of the story the named one falls.
/// A careful reader takes the nearest such day. A plain past act on the happening itself still puts it behind ("one
/// of which was gutted by a fire on Feb. 14", "Turnout in the March 19 primary was 27%"), so the rule holds only when
/// the clause is not a plain past, or the named happening is what a past act came before and that day is still close
/// ahead ("resigned weeks before the elections on May 6" in November is the May gone by).
/// </summary>
internal static class NamedHappeningDay
{
    private const int MaxReach = 6; // "before the county's first all-mail general election on"
    private const int MaxDaysAhead = 120; // a past act told as "weeks before" a vote still to come: the story runs in the run-up

    /// <summary>Whether the yearless day names a happening whose side of the story its clause does not tell.</summary>
    public static bool Is(DateScan scan, DateMention mention, ClauseReading reading, DateOnly reference)
    {
        if (mention.Expression is not { Form: DateForm.Calendar, Month: > 0, Day: > 0, Year: 0, YearRelative: false, Shift: DateShift.None })
            return false;
        if (!DateContext.DatesAnEvent(scan, mention)) return false;
        if (reading.Tense != Tense.Past || reading.Perfect) return true;
        return ComesBefore(scan, mention) && DateResolver.Resolve(mention.Expression, reference, Tense.Future) is { } coming
            && coming.Start.DayNumber - reference.DayNumber <= MaxDaysAhead;
    }

    // "weeks before the Holyrood election on 7 May", "ahead of the general election on December 12": the happening is
    // a limit another one came before, told within the noun phrase's reach.
    private static bool ComesBefore(DateScan scan, DateMention mention)
    {
        var (first, _) = scan.TokensOf(mention.Sentence);
        for (var i = mention.FirstToken - 1; i >= first && i >= mention.FirstToken - MaxReach; i--)
        {
            if (scan.Tokens[i].Kind != TokenKind.Word) return false;
            if (scan.IsWord(i, "before") || scan.IsWord(i, "ahead")) return true;
            if (ClauseTense.IsPastVerb(scan, i)) return false;
        }
        return false;
    }
}
