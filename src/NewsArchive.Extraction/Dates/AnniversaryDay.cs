using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "Tomorrow, exactly 50 years after the curtain first went up on 20 March 1976", "Today, 30 years to the day since
/// the crash on 4 May 1996", "Today marks a year since the river flooded the town on July 11, 2023": the story's today
/// (or its tomorrow or yesterday) falls that many years after a full date.
/// </summary>
internal static class AnniversaryDay
{
    private const int MaxYears = 200;

    /// <summary>The story's day, or null when no sentence counts its day in years from a full date.</summary>
    public static DateOnly? Find(DateScan scan, DateOnly latest)
    {
        var mentions = scan.Mentions;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Expression is not { Form: DateForm.Relative, Unit: RelativeUnit.Day, FromPrevious: false, Offset: >= -1 and <= 1 } now
                || DateContext.IsInsideQuotation(scan, m)) continue;
            for (var j = i + 1; j < mentions.Count && mentions[j].Sentence == m.Sentence; j++)
            {
                var d = mentions[j].Expression;
                if (d is not { Form: DateForm.Calendar, Year: > 0, Month: > 0, Day: > 0 }) continue;
                if (YearsBetween(scan, m.LastToken, mentions[j].FirstToken) is not { } years) break;
                var year = d.Year + years;
                if (!DateMentionFinder.IsValid(year, d.Month, d.Day)) break;
                var day = new DateOnly(year, d.Month, d.Day).AddDays(-now.Offset);
                if (day <= latest) return day;
                break;
            }
        }
        return null;
    }

    // "N years after", "N years since", "N years to the day after|since", "a year since" between the two dates.
    private static int? YearsBetween(DateScan scan, int from, int to)
    {
        for (var i = from + 2; i + 1 < to; i++)
        {
            if (!(scan.IsWord(i, "years") || scan.IsWord(i, "year"))) continue;
            var k = i + 1;
            if (k + 3 < to && scan.IsWord(k, "to") && scan.IsWord(k + 1, "the") && scan.IsWord(k + 2, "day")) k += 3;
            if (!(scan.IsWord(k, "after") || scan.IsWord(k, "since"))) continue;
            if (DateMentionFinder.CountAt(scan, i - 1) is { } n && n is > 0 and <= MaxYears) return n;
        }
        return null;
    }
}
