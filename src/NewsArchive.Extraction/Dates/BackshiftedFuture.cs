using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "notified recipients on Aug. 7 that their awards would end on Sept. 30": "would" after a past verb is the future
/// of that past moment (reported speech shifts "will" back), so the day it names may already be over when the story
/// appears; which side of the story it falls is not told by the tense.
/// </summary>
internal static class BackshiftedFuture
{
    // Tokens between "would" and its date: a verb and its object or particle ("would end on", "would close its doors on").
    private const int MaxGap = 6;

    /// <summary>Whether a calendar day follows a "would" that itself follows a past verb in the same sentence.</summary>
    public static bool Is(DateScan scan, DateMention mention)
    {
        // Only a calendar day: a weekday or a bare month after "would" ("would begin on Monday", "would review it in
        // September") is told from the story's own time and still lies ahead.
        if (mention.Expression is not { Form: DateForm.Calendar, Month: > 0, Day: > 0 }) return false;
        var (first, _) = scan.TokensOf(mention.Sentence);
        var low = Math.Max(first, mention.FirstToken - MaxGap);
        for (var i = mention.FirstToken - 1; i >= low; i--)
        {
            if (DateContext.IsClauseBreak(scan, i) || scan.IsSymbol(i, ',')) return false;
            if (scan.IsWord(i, "would")) return i + 1 < mention.FirstToken && !scan.IsWord(i + 1, "have") && HasPastVerbBefore(scan, first, i);
            // Another past verb nearer the date governs it ("would say it closed on …").
            if (ClauseTense.IsPastVerb(scan, i)) return false;
        }
        return false;
    }

    private static bool HasPastVerbBefore(DateScan scan, int first, int would)
    {
        for (var i = would - 1; i >= first; i--)
            if (ClauseTense.IsPastVerb(scan, i) && !ClauseTense.IsConditionParticiple(scan, i, first)) return true;
        return false;
    }
}
