namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "strike on Saturday 21 March …, with the first walkout now just four days away", "will be published on 30 November,
/// St Andrew's Day, less than a fortnight away": a coming date measured from the story's day. An exact count gives the
/// story's day; "less than" a count leaves a range, in which the lead's past weekday fixes it (the earliest fit: a writer
/// a few days short would have said "less than a week").
/// </summary>
internal static class DaysAway
{
    private const int MaxDays = 60;
    private const int MaxWordsBack = 24; // from the date on to the "away" that measures it

    /// <summary>The story's day, or null when no narrative sentence says how far away a date is.</summary>
    public static DateOnly? Find(DateScan scan, YearChoice years, DayOfWeek? leadWeekday)
    {
        var mentions = scan.Mentions;
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            var e = m.Expression;
            if (e is not { Form: DateForm.Calendar, Month: > 0, Day: > 0 } || e.YearRelative || DateContext.IsInsideQuotation(scan, m)) continue;
            // "strike on 21 March and again on 23 March, with the first walkout now just four days away": the sentence's
            // first date is the one measured.
            if (k > 0 && mentions[k - 1].Sentence == m.Sentence && mentions[k - 1].Expression.Form == DateForm.Calendar) continue;
            if (Away(scan, m) is not { } away || years.Coming(e, away.Days) is not { } date) continue;
            if (!away.LessThan) return date.AddDays(-away.Days);
            if (leadWeekday is not { } w) return null;
            for (var back = away.Days - 1; back > 0; back--)
                if (date.AddDays(-back).DayOfWeek == w) return date.AddDays(-back);
            return null;
        }
        return null;
    }

    // "[now] [just|only|less than] four days away", "a fortnight away" after the date in its sentence.
    private static (int Days, bool LessThan)? Away(DateScan scan, DateMention m)
    {
        var (_, end) = scan.TokensOf(m.Sentence);
        var last = Math.Min(end, m.LastToken + MaxWordsBack);
        for (var i = m.LastToken + 2; i < last; i++)
        {
            if (!scan.IsWord(i, "away")) continue;
            var u = i - 1;
            int days;
            if (scan.IsWord(u, "fortnight")) days = 14;
            else if (DateMentionFinder.UnitAt(scan, u, plural: true) is { } units) days = units switch { RelativeUnit.Day => 1, RelativeUnit.Week => 7, _ => 0 };
            else if (DateMentionFinder.UnitAt(scan, u, plural: false) is { } unit) days = unit switch { RelativeUnit.Day => 1, RelativeUnit.Week => 7, _ => 0 };
            else return null;
            if (u - 1 <= m.LastToken || DateMentionFinder.CountAt(scan, u - 1) is not { } count) return null;
            var n = days * count;
            if (n is <= 0 or > MaxDays) return null;
            var q = u - 2;
            var lessThan = q - 1 > m.LastToken && scan.IsWord(q, "than") && (scan.IsWord(q - 1, "less") || scan.IsWord(q - 1, "fewer"));
            // "about", "nearly", "more than", "weeks away" (no count): too rough to date by.
            if (!lessThan && q > m.LastToken && DateWords.VagueAmountWords.Contains(scan.Text(q))) return null;
            return (n, lessThan);
        }
        return null;
    }
}
