using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "The city extended hours at its cooling centres starting Saturday", "raised fares starting March 1": what a past
/// decision set going "starting" a day may have begun already or may still be to come; the tense of the decision does
/// not say which, so the day is the nearest one, whichever side of the story.
/// </summary>
internal static class StartAfterPastVerb
{
    // "extended hours at 12 cooling centers to 10pm starting", "had halted production at its technical centre and at 13
    // plants in Michigan starting Wednesday": the object may be long; a comma or a future marker still ends the search.
    private const int Reach = 16;

    public static bool Is(DateScan scan, DateMention mention)
    {
        if (mention.Expression is not ({ Form: DateForm.Weekday, Shift: DateShift.None } or { Form: DateForm.Calendar, Month: > 0, Day: > 0, Year: 0 })) return false;
        var (first, _) = scan.TokensOf(mention.Sentence);
        var starting = mention.FirstToken - 1;
        if (starting > first && scan.IsWord(starting, "on")) starting--;
        if (starting <= first || !(scan.IsWord(starting, "starting") || scan.IsWord(starting, "beginning"))) return false;
        for (var i = starting - 1; i >= first && i >= starting - Reach; i--)
        {
            if (DateContext.IsClauseBreak(scan, i) || scan.IsSymbol(i, ',')) return false;
            if (ClauseTense.IsFutureMarker(scan, i, starting)) return false;
            if (ClauseTense.IsPastVerb(scan, i) && !DateWords.StateVerbs.Contains(scan.Text(i))) return true;
        }
        return false;
    }
}
