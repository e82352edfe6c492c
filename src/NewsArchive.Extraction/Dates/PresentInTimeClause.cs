using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "before the General Assembly adjourns on April 7", "until the bridge reopens on 3 May", "once the board votes
/// in March": English tells a coming happening in the plain present inside a clause of time, so a date right after
/// such a verb lies ahead, whatever the past verb of the main clause ("said the county was asking for aid before the
/// Assembly adjourns on April 7").
/// </summary>
internal static class PresentInTimeClause
{
    private const int SubjectReach = 8; // "before the Senate Finance and Appropriations Committee meets on"

    private static readonly HashSet<string> TimeSubordinators = new(StringComparer.OrdinalIgnoreCase)
        { "before", "until", "till", "when", "once", "after" };

    // Words ending in "s" that are no present verb of a third person ("was", "has", "is" and the like, plural nouns of time).
    private static readonly HashSet<string> NotPresentVerbs = new(StringComparer.OrdinalIgnoreCase)
        { "was", "has", "is", "does", "this", "its", "his", "hers", "ours", "theirs", "yours", "always", "perhaps", "news", "plus", "thus",
          "days", "weeks", "months", "years", "hours", "times", "minutes", "nights", "mornings", "afternoons", "evenings" };

    /// <summary>Whether the date follows (after "on", "in" or "at") a plain present verb inside a clause of time.</summary>
    public static bool Is(DateScan scan, DateMention mention)
    {
        if (mention.Expression.HasYear || mention.Expression.Form == DateForm.Relative) return false;
        var (first, _) = scan.TokensOf(mention.Sentence);
        var verb = mention.FirstToken - 1;
        if (verb >= first && (scan.IsWord(verb, "on") || scan.IsWord(verb, "in") || scan.IsWord(verb, "at"))) verb--;
        if (verb <= first || !IsPresentThirdPerson(scan, verb)) return false;
        for (var i = verb - 1; i >= first && i >= verb - SubjectReach; i--)
        {
            var t = scan.Tokens[i];
            if (t.Kind == TokenKind.Symbol && scan.Body[t.Start] is ',' or ';' or ':' or '—' or '–' or '"' or '“' or '”' or '(' or ')') return false;
            if (t.Kind != TokenKind.Word) continue;
            if (TimeSubordinators.Contains(scan.Text(i).ToString())) return i + 1 < verb;
            if (ClauseTense.IsPastVerb(scan, i) || ClauseTense.IsFutureMarker(scan, i, verb)) return false;
        }
        return false;
    }

    private static bool IsPresentThirdPerson(DateScan scan, int i)
    {
        if (scan.Tokens[i].Kind != TokenKind.Word || !char.IsLower(scan.Body[scan.Tokens[i].Start])) return false;
        var word = scan.Text(i);
        // ("before the local elections on May 6": a plural noun of happening is no verb.)
        return word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i' or '\'') && !NotPresentVerbs.Contains(word.ToString())
            && !DateWords.EventNouns.Contains(word) && !DateWords.ReportNouns.Contains(word) && !DateWords.HabitNouns.Contains(word)
            && !(i > 0 && (scan.IsWord(i - 1, "the") || scan.IsWord(i - 1, "a") || scan.IsWord(i - 1, "its") || scan.IsWord(i - 1, "their")));
    }
}
