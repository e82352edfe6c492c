using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "The government has pledged that by March 2029, 92% of patients will be seen", "to meet its target of 65% within 18
/// weeks by March 2026": a month or year something is promised by is a goal, not a happening. A day limit ("must be out
/// by noon Tuesday") and a plain plan ("will close the plant by the end of next year") are read elsewhere.
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
        for (var i = by - 1; i >= first && i >= by - Reach; i--)
        {
            var t = scan.Tokens[i];
            if (t.Kind == TokenKind.Symbol && scan.Body[t.Start] is ';' or ':' or '—' or '–') return false;
            if (t.Kind == TokenKind.Word && DateWords.TargetWords.Contains(scan.Text(i))) return true;
        }
        return false;
    }
}
