using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "One commuter waiting at the station yesterday was unconvinced", "Among the protesters yesterday was a retired
/// consultant": a day inside the subject of a sentence whose only verb is a following "was"/"were" sets a scene of the
/// story's happening (who stood where, and how they felt), not a happening of its own.
/// </summary>
internal static class SceneAtTime
{
    public static bool Is(DateScan scan, DateMention mention)
    {
        if (!mention.Expression.IsDayOrWeek || mention.Expression.Form == DateForm.Calendar) return false;
        var (first, end) = scan.TokensOf(mention.Sentence);
        var copula = mention.LastToken + 1;
        if (copula < end && (scan.IsWord(copula, "morning") || scan.IsWord(copula, "afternoon") || scan.IsWord(copula, "evening"))) copula++;
        if (copula + 1 >= end || !(scan.IsWord(copula, "was") || scan.IsWord(copula, "were"))) return false;
        // "was arrested", "were told": a passive after the copula is a happening.
        var complement = copula + 1;
        if (scan.Tokens[complement].Kind != TokenKind.Word || ClauseTense.IsPastVerb(scan, complement)) return false;
        // The subject before the date holds no verb of its own other than an "-ing" participle ("waiting").
        for (var i = mention.FirstToken - 1; i >= first; i--)
        {
            if (DateContext.IsClauseBreak(scan, i) || scan.IsSymbol(i, ',') || scan.IsSymbol(i, '"') || scan.IsSymbol(i, '“') || scan.IsSymbol(i, '”'))
                return false;
            if (ClauseTense.IsPastVerb(scan, i) || ClauseTense.IsFutureMarker(scan, i, mention.FirstToken)) return false;
        }
        return true;
    }
}
