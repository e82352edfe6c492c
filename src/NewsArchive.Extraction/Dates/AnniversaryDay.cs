using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "Tomorrow, exactly 50 years after the curtain first went up on 20 March 1976", "Today, 30 years to the day since
/// the crash on 4 May 1996", "Today marks a year since the river flooded the town on July 11, 2023": the story's today
/// (or its tomorrow or yesterday) falls that many years after a full date. A count in months keeps the day of the month
/// ("yesterday – 12 months to the day since it lodged its plans on 18 March last year"), and a date without its year
/// ("on November 17th last year") still fixes the day and month, whose year the rest of the story chooses.
/// </summary>
internal static class AnniversaryDay
{
    private const int MaxYears = 200;

    /// <summary>The story's day, or null when no sentence counts its day in years from a full date.</summary>
    public static DateOnly? Find(DateScan scan, YearChoice years, DateOnly? earliest, DateOnly latest)
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
                if (!IsDay(d)) continue;
                dated = true;
                if ((MonthsBetween(scan, m.LastToken, mentions[j].FirstToken) ?? YearsBeforeToday(scan, m)) is not { } months) break;
                if (On(d, months, now.Offset, years, earliest, latest) is { } day) return day;
                break;
            }
            // "… on July 24, 1847. Today's celebration falls 176 years to the day after that arrival.": told "to the day"
            // of a happening the sentence before dated in full, or the sentence after ("closed today, exactly 50 years to
            // the day after it opened. The pool was opened on 4 May 1974").
            if (!dated && MonthsToTheDayBack(scan, m) is { } back
                && (LastFullDate(scan, i, m.Sentence - 1) ?? FirstFullDate(scan, i, m.Sentence + 1)) is { } before
                && On(before, back, now.Offset, years, earliest, latest) is { } anniversary) return anniversary;
        }
        return null;
    }

    // A day and month, with or without the year: "4 May 1996", "18 March last year", "Nov. 17".
    private static bool IsDay(DateExpression d) => d is { Form: DateForm.Calendar, Month: > 0, Day: > 0 } && (d.Year > 0 || d.Shift == DateShift.None);

    private static DateOnly? On(DateExpression d, int months, int offset, YearChoice years, DateOnly? earliest, DateOnly latest)
    {
        var month = (d.Month - 1 + months) % 12 + 1;
        DateOnly marked;
        if (d.Year > 0)
        {
            var year = d.Year + (d.Month - 1 + months) / 12;
            if (!DateMentionFinder.IsValid(year, month, d.Day)) return null;
            marked = new DateOnly(year, month, d.Day);
        }
        // "12 months to the day since … on 18 March last year": the story's own 18 March; a count that leaves the year
        // the text gives ("two years to the day since … last year") is a slip, so nothing.
        else if (d.YearRelative && d.Offset + (d.Month - 1 + months) / 12 != 0) return null;
        else if (FirstFit(month, d.Day, offset, years, earliest, latest) is { } fit) marked = fit;
        else return null;
        var day = marked.AddDays(-offset);
        return day <= latest ? day : null;
    }

    // The first day of the month and day, in the years the evidence allows, whose story day comes after the finished
    // happenings ("objectors complained in November 2024" about plans lodged "on 18 March last year": 18 March 2025).
    private static DateOnly? FirstFit(int month, int day, int offset, YearChoice years, DateOnly? earliest, DateOnly latest)
    {
        foreach (var year in years.Candidates())
        {
            if (!DateMentionFinder.IsValid(year, month, day)) continue;
            var marked = new DateOnly(year, month, day);
            var story = marked.AddDays(-offset);
            if (story <= latest && (earliest is not { } e || story >= e)) return marked;
        }
        return null;
    }

    // The last date with a year, month and day in the sentence, looking back from the mention at index i.
    private static DateExpression? LastFullDate(DateScan scan, int i, int sentence)
    {
        var mentions = scan.Mentions;
        for (var j = i - 1; j >= 0 && mentions[j].Sentence >= sentence; j--)
            if (mentions[j].Sentence == sentence && mentions[j].Expression is var e && IsDay(e)
                && !DateContext.IsInsideQuotation(scan, mentions[j])) return e;
        return null;
    }

    // The first date with a year, month and day in the sentence, looking on from the mention at index i.
    private static DateExpression? FirstFullDate(DateScan scan, int i, int sentence)
    {
        var mentions = scan.Mentions;
        for (var j = i + 1; j < mentions.Count && mentions[j].Sentence <= sentence; j++)
            if (mentions[j].Sentence == sentence && mentions[j].Expression is var e && IsDay(e)
                && !DateContext.IsInsideQuotation(scan, mentions[j])) return e;
        return null;
    }

    // "N years to the day after|since|later" (or "N months …") after the mention, up to the sentence's end: the count in
    // months, else null. "quashed it yesterday, a year to the day later" counts from the date the sentence before gave.
    private static int? MonthsToTheDayBack(DateScan scan, DateMention m)
    {
        var (_, end) = scan.TokensOf(m.Sentence);
        for (var i = m.LastToken + 2; i + 4 < end; i++)
        {
            if (!scan.IsWord(i + 1, "to") || !scan.IsWord(i + 2, "the") || !scan.IsWord(i + 3, "day")
                || !(scan.IsWord(i + 4, "after") || scan.IsWord(i + 4, "since") || scan.IsWord(i + 4, "later"))) continue;
            if (Months(scan, i) is { } months) return months;
        }
        return null;
    }

    // "ten years", "a year", "12 months", "six months" at the unit word i: the count in months, else null.
    private static int? Months(DateScan scan, int i)
    {
        var perUnit = scan.IsWord(i, "years") || scan.IsWord(i, "year") ? 12 : scan.IsWord(i, "months") || scan.IsWord(i, "month") ? 1 : 0;
        if (perUnit == 0 || DateMentionFinder.CountAt(scan, i - 1) is not { } n || n <= 0 || n * perUnit > MaxYears * 12) return null;
        return n * perUnit;
    }

    // "It is 10 years today since delegates adopted the agreement in Paris on 12 December 2015": the count right before
    // a "today" that "since" follows.
    private static int? YearsBeforeToday(DateScan scan, DateMention today)
    {
        var (first, end) = scan.TokensOf(today.Sentence);
        var t = today.FirstToken;
        if (t - 2 < first || today.LastToken + 1 >= end || !scan.IsWord(today.LastToken + 1, "since")
            || !(scan.IsWord(t - 1, "years") || scan.IsWord(t - 1, "year"))) return null;
        return DateMentionFinder.CountAt(scan, t - 2) is { } n && n is > 0 and <= MaxYears ? n * 12 : null;
    }

    // "N years after", "N years since", "N years to the day after|since", "a year since", "12 months to the day since"
    // between the two dates: the count in months. Months count only "to the day": "six months after the flood on
    // 3 March" is a season, not a day.
    private static int? MonthsBetween(DateScan scan, int from, int to)
    {
        for (var i = from + 2; i + 1 < to; i++)
        {
            if (Months(scan, i) is not { } months) continue;
            var k = i + 1;
            var toTheDay = k + 3 < to && scan.IsWord(k, "to") && scan.IsWord(k + 1, "the") && scan.IsWord(k + 2, "day");
            if (toTheDay) k += 3;
            if (!(scan.IsWord(k, "after") || scan.IsWord(k, "since")) || months % 12 != 0 && !toTheDay) continue;
            return months;
        }
        return null;
    }
}
