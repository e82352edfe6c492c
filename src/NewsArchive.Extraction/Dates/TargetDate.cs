using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "The government has pledged that by March 2029, 92% of patients will be seen", "to meet its target of 65% within 18
/// weeks by March 2026": a month or year something is promised by is a goal, not a happening. A day limit ("must be out
/// by noon Tuesday") and a plain plan ("will close the plant by the end of next year") are read elsewhere; a bare year after
/// "by" ("demand will triple by 2030") is always such a horizon.
/// </summary>
internal static class TargetDate
{
    private const int Reach = 20; // words of the sentence before "by" that may hold the promise

    public static bool IsTarget(DateScan scan, DateMention mention)
    {
        if (mention.Expression.IsDayOrWeek) return false;
        var (first, _) = scan.TokensOf(mention.Sentence);
        var by = mention.FirstToken - 1;
        if (by - 3 >= first && scan.IsWord(by, "of") && scan.IsWord(by - 1, "end") && scan.IsWord(by - 2, "the")) by -= 3;
        if (by < first || !scan.IsWord(by, "by")) return false;
        // "projected to triple demand by 2030", "a deficit of $300 million by 2029": a bare year after "by" is the horizon
        // of a goal or a projection ("by the end of 2027" can be a plan's date, read below).
        if (by == mention.FirstToken - 1 && mention.Expression is { Form: DateForm.Calendar, Month: 0, Year: > 0 }) return true;
        for (var i = by - 1; i >= first && i >= by - Reach; i--)
        {
            var t = scan.Tokens[i];
            if (t.Kind == TokenKind.Symbol && scan.Body[t.Start] is ';' or ':' or '—' or '–') return false;
            if (t.Kind == TokenKind.Word && DateWords.TargetWords.Contains(scan.Text(i))) return true;
        }
        return false;
    }
}
