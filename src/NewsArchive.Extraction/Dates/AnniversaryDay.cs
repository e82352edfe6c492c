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
            var dated = false;
            for (var j = i + 1; j < mentions.Count && mentions[j].Sentence == m.Sentence; j++)
            {
                var d = mentions[j].Expression;
                if (d is not { Form: DateForm.Calendar, Year: > 0, Month: > 0, Day: > 0 }) continue;
                dated = true;
                if ((YearsBetween(scan, m.LastToken, mentions[j].FirstToken) ?? YearsBeforeToday(scan, m)) is not { } years) break;
                if (On(d, years, now.Offset, latest) is { } day) return day;
                break;
            }
            // "… on July 24, 1847. Today's celebration falls 176 years to the day after that arrival.": told "to the day"
            // of a happening the sentence before dated in full, or the sentence after ("closed today, exactly 50 years to
            // the day after it opened. The pool was opened on 4 May 1974").
            if (!dated && YearsToTheDayBack(scan, m) is { } back
                && (LastFullDate(scan, i, m.Sentence - 1) ?? FirstFullDate(scan, i, m.Sentence + 1)) is { } before
                && On(before, back, now.Offset, latest) is { } anniversary) return anniversary;
        }
        return null;
    }

    private static DateOnly? On(DateExpression d, int years, int offset, DateOnly latest)
    {
        var year = d.Year + years;
        if (!DateMentionFinder.IsValid(year, d.Month, d.Day)) return null;
        var day = new DateOnly(year, d.Month, d.Day).AddDays(-offset);
        return day <= latest ? day : null;
    }

    // The last date with a year, month and day in the sentence, looking back from the mention at index i.
    private static DateExpression? LastFullDate(DateScan scan, int i, int sentence)
    {
        var mentions = scan.Mentions;
        for (var j = i - 1; j >= 0 && mentions[j].Sentence >= sentence; j--)
            if (mentions[j].Sentence == sentence && mentions[j].Expression is { Form: DateForm.Calendar, Year: > 0, Month: > 0, Day: > 0 } e
                && !DateContext.IsInsideQuotation(scan, mentions[j])) return e;
        return null;
    }

    // The first date with a year, month and day in the sentence, looking on from the mention at index i.
    private static DateExpression? FirstFullDate(DateScan scan, int i, int sentence)
    {
        var mentions = scan.Mentions;
        for (var j = i + 1; j < mentions.Count && mentions[j].Sentence <= sentence; j++)
            if (mentions[j].Sentence == sentence && mentions[j].Expression is { Form: DateForm.Calendar, Year: > 0, Month: > 0, Day: > 0 } e
                && !DateContext.IsInsideQuotation(scan, mentions[j])) return e;
        return null;
    }

    // "N years to the day after|since" after the mention, up to the sentence's end: N, else null.
    private static int? YearsToTheDayBack(DateScan scan, DateMention m)
    {
        var (_, end) = scan.TokensOf(m.Sentence);
        for (var i = m.LastToken + 2; i + 4 < end; i++)
        {
            if (!(scan.IsWord(i, "years") || scan.IsWord(i, "year")) || !scan.IsWord(i + 1, "to") || !scan.IsWord(i + 2, "the")
                || !scan.IsWord(i + 3, "day") || !(scan.IsWord(i + 4, "after") || scan.IsWord(i + 4, "since"))) continue;
            if (DateMentionFinder.CountAt(scan, i - 1) is { } n && n is > 0 and <= MaxYears) return n;
        }
        return null;
    }

    // "It is 10 years today since delegates adopted the agreement in Paris on 12 December 2015": the count right before
    // a "today" that "since" follows.
    private static int? YearsBeforeToday(DateScan scan, DateMention today)
    {
        var (first, end) = scan.TokensOf(today.Sentence);
        var t = today.FirstToken;
        if (t - 2 < first || today.LastToken + 1 >= end || !scan.IsWord(today.LastToken + 1, "since")
            || !(scan.IsWord(t - 1, "years") || scan.IsWord(t - 1, "year"))) return null;
        return DateMentionFinder.CountAt(scan, t - 2) is { } n && n is > 0 and <= MaxYears ? n : null;
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
