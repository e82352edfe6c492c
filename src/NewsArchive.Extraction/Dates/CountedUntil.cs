using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "With 47 days until the Nov. 3 presidential election", "The proposals come just months before the Senedd election
/// on May 7": a span counted from the story's own time up to a date puts that date ahead of the story. After
/// "before" only a clause with no past verb counts from now ("resigned weeks before the election on May 6" counts
/// from the resigning).
/// </summary>
internal static class CountedUntil
{
    private const int Reach = 7; // "until the Senedd election on", "before the local elections on"

    /// <summary>Whether a count of days, weeks or months runs "until" (or, from now, "before") up to the date.</summary>
    /// <param name="scan">The article's tokens and date mentions.</param>
    /// <param name="mention">The date.</param>
    /// <param name="noPastVerb">The date's clause has no past verb.</param>
    public static bool Is(DateScan scan, DateMention mention, bool noPastVerb)
    {
        if (mention.Expression.HasYear || mention.Expression.Form == DateForm.Relative) return false;
        var (first, _) = scan.TokensOf(mention.Sentence);
        for (var i = mention.FirstToken - 1; i > first && i >= mention.FirstToken - Reach; i--)
        {
            var t = scan.Tokens[i];
            if (t.Kind == TokenKind.Symbol && scan.Body[t.Start] is ',' or ';' or ':' or '—' or '–' or '(' or ')') return false;
            var until = scan.IsWord(i, "until") || scan.IsWord(i, "till");
            if (!until && !(scan.IsWord(i, "before") && noPastVerb)) continue;
            return DateMentionFinder.UnitAt(scan, i - 1, plural: true) is RelativeUnit.Day or RelativeUnit.Week or RelativeUnit.Month
                || DateMentionFinder.UnitAt(scan, i - 1, plural: false) is RelativeUnit.Day or RelativeUnit.Week or RelativeUnit.Month;
        }
        return false;
    }
}
