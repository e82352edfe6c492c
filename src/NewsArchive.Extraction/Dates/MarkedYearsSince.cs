namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "Residents gathered yesterday to mark nine years since the disaster", with the flood told elsewhere as "on 5 December
/// 2015": an anniversary the story's today (or its yesterday) marks names its happening without a date, expecting the
/// reader to take the date the story gives it; so the story's day is that date moved on by the count. When the sentence
/// dates the happening itself, <see cref="AnniversaryDay"/> reads it. Only a count that one dated happening fits, in the
/// years the evidence allows: two would be a guess.
/// </summary>
internal static class MarkedYearsSince
{
    private const int MaxYears = 200;

    /// <summary>The story's day, or null when no narrative sentence marks a count of years from today or yesterday.</summary>
    public static DateOnly? Find(DateScan scan, YearChoice years)
    {
        foreach (var m in scan.Mentions)
        {
            if (m.Expression is not { Form: DateForm.Relative, Unit: RelativeUnit.Day, FromPrevious: false, Offset: 0 or -1 } now
                || DateContext.IsInsideQuotation(scan, m) || DatesDay(scan, m.Sentence) || Marked(scan, m.Sentence) is not { } count) continue;
            if (Day(scan, years, count, now.Offset) is { } day) return day;
        }
        return null;
    }

    // "to mark ten years since", "marked 100 years to the day since", "marking a year since": the count of years, else null.
    private static int? Marked(DateScan scan, int sentence)
    {
        var (first, end) = scan.TokensOf(sentence);
        for (var i = first; i + 3 < end; i++)
        {
            if (!(scan.IsWord(i, "mark") || scan.IsWord(i, "marks") || scan.IsWord(i, "marked") || scan.IsWord(i, "marking"))) continue;
            if (DateMentionFinder.CountAt(scan, i + 1) is not { } n || n is <= 0 or > MaxYears
                || !(scan.IsWord(i + 2, "years") || scan.IsWord(i + 2, "year"))) continue;
            var k = i + 3;
            if (k + 3 < end && scan.IsWord(k, "to") && scan.IsWord(k + 1, "the") && scan.IsWord(k + 2, "day")) k += 3;
            if (scan.IsWord(k, "since")) return n;
        }
        return null;
    }

    // Whether the sentence dates a day itself ("to mark ten years since the vote of September 18, 2014").
    private static bool DatesDay(DateScan scan, int sentence)
    {
        foreach (var m in scan.Mentions)
            if (m.Sentence == sentence && m.Expression is { Form: DateForm.Calendar, Month: > 0, Day: > 0 }) return true;
        return false;
    }

    // The one story day the narrative's dated happenings give, counted on: a full date ("on 5 December 2015") the count
    // of years on, or a day told as that many years back ("on 24 February last year", a year since), in the story's year.
    private static DateOnly? Day(DateScan scan, YearChoice years, int count, int offset)
    {
        DateOnly? found = null;
        foreach (var m in scan.Mentions)
        {
            var e = m.Expression;
            if (e is not { Form: DateForm.Calendar, Month: > 0, Day: > 0 } || DateContext.IsInsideQuotation(scan, m)) continue;
            DateOnly? marked = null;
            if (e is { Year: > 0, YearRelative: false } && DateMentionFinder.IsValid(e.Year + count, e.Month, e.Day))
                marked = new DateOnly(e.Year + count, e.Month, e.Day);
            else if (e.YearRelative && e.Offset == -count) marked = FirstFit(years, e.Month, e.Day, offset);
            if (marked is not { } d || !Allowed(years, d.AddDays(-offset))) continue;
            var day = d.AddDays(-offset);
            if (found is { } other && other != day) return null;
            found = day;
        }
        return found;
    }

    // The first day of the month and day whose story day the evidence allows.
    private static DateOnly? FirstFit(YearChoice years, int month, int day, int offset)
    {
        foreach (var year in years.Candidates())
            if (DateMentionFinder.IsValid(year, month, day) && new DateOnly(year, month, day) is var d && Allowed(years, d.AddDays(-offset))) return d;
        return null;
    }

    // Whether the story may fall on the day: not after the latest possible day, in a year the evidence allows.
    private static bool Allowed(YearChoice years, DateOnly story) =>
        years.NotAfterToday(story) is not null && years.Candidates().Contains(story.Year);
}
