namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "The bakery will close for good Sunday, Feb. 23", "the full council debate on Wednesday 22 May" with nothing finished
/// the day before: a chain that finds only a coming day answers its eve (news is written as late as its evidence
/// allows), but the text does not say the story is of that day; it falls anywhere after its latest finished happening.
/// A careful reader gives the month then, the one holding most of the days left open ("stuck for three days" after
/// "Saturday, Jan. 24", schools reopen "Monday, Feb. 2": January). The day stands when the story tells it: by its own
/// neighbours ("yesterday", "tonight", "three days ago"), a dateline, a count to the coming day ("with five days to
/// go"), or a finished happening that day or the day before ("voted Tuesday … meets Thursday"), unless the narrative
/// tells that happening as older ("earlier this month, on Tuesday, March 10", "last week, on Friday, March 6"): then
/// it is no yesterday, and only the month stands.
/// </summary>
internal static class UntoldStoryDay
{
    private const int WindowDays = 31; // a finished happening further back says nothing of the story's month

    /// <summary>The month to answer when <paramref name="day"/>, a chain's answer, is only the eve of a coming day the text
    /// dates; null when the text tells the day.</summary>
    public static PartialDate? Month(DateScan scan, DateOnly day)
    {
        var pastBefore = false; // a finished happening on the day or the day before
        var comingNext = false; // a coming happening on the day after
        var latestPast = -WindowDays - 1; // the latest finished happening's distance back from the day, in days
        PartialDate? toldApart = null; // the story's month, when a finished happening on the day or the day before is told as older
        var mentions = scan.Mentions;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (DateContext.IsInsideQuotation(scan, m)) continue;
            var e = m.Expression;
            // "yesterday", "tonight", "this morning", "three days ago": the story tells its own day.
            if (e is { Form: DateForm.Relative, Unit: RelativeUnit.Day, FromPrevious: false }) return null;
            if (e.Shift != DateShift.None || e.Form == DateForm.Relative || e.Form == DateForm.Calendar && e.Day == 0) continue;
            if (e.Form == DateForm.Calendar && (DateContext.IsDateline(scan, m) || CountdownTo.Counts(scan, m))) return null;
            var reading = ClauseTense.Of(scan, m);
            var coming = reading.Tense == Tense.Future || AheadOfStory.Is(scan, m) || PublicationDateResolver.IsLimit(scan, m);
            if (!coming && reading is not { Tense: Tense.Past, HasVerb: true }) continue;
            int gap;
            if (e.Form == DateForm.Weekday)
            {
                // A finished weekday is the latest such day up to the story's; a coming one the first after it.
                gap = coming ? ((int)e.Weekday - (int)day.DayOfWeek + 6) % 7 + 1 : -(((int)day.DayOfWeek - (int)e.Weekday + 7) % 7);
            }
            else
            {
                if (e is not { Form: DateForm.Calendar, Month: > 0, Day: > 0 } || e.Year > 0 && Math.Abs(e.Year - day.Year) > 1) continue;
                // Without its year, a coming day before the story's month is next year's, a finished one after it last year's.
                var year = e.Year > 0 ? e.Year : coming && e.Month < day.Month ? day.Year + 1 : !coming && e.Month > day.Month ? day.Year - 1 : day.Year;
                if (!DateMentionFinder.IsValid(year, e.Month, e.Day)) continue;
                gap = new DateOnly(year, e.Month, e.Day).DayNumber - day.DayNumber;
            }
            if (!coming && gap <= 0) latestPast = Math.Max(latestPast, gap);
            pastBefore |= !coming && gap is -1 or 0;
            if (!coming && gap is -1 or 0 && i > 0 && StoryMonth.Beside(scan, mentions[i - 1], m)
                && MonthAfterToldApart(mentions[i - 1].Expression, day.AddDays(gap)) is { } storyMonth) toldApart = storyMonth;
            comingNext |= coming && gap == 1;
        }
        if (toldApart is { } apart) return apart;
        if (!comingNext || pastBefore) return null;
        // The days after the latest finished happening (within a month back) up to the eve: the month holding most of them;
        // without one, the eve's (as late as the evidence allows).
        if (latestPast < -WindowDays) return PartialDate.OfMonth(day.Year, day.Month);
        // The days span three months at most ("after Friday, Jan. 30 … reopen Monday, March 2": one, 28 and one), the later
        // month winning a tie.
        var from = day.AddDays(latestPast + 1);
        var month = day;
        var most = 0;
        for (var last = day; last >= from; last = last.AddDays(-last.Day)) // each month's last open day, the eve's month first
        {
            var days = last.Day - ((last.Year, last.Month) == (from.Year, from.Month) ? from.Day : 1) + 1;
            if (days > most) (month, most) = (last, days);
        }
        return PartialDate.OfMonth(month.Year, month.Month);
    }

    // "earlier this month, on Tuesday, March 10": not the story's yesterday, though a chain read it so; the story is of
    // that month. "last month, on Jan. 29": of the month after it. "last week, on Friday, March 6": of the week after
    // it, whose month is its Thursday's (the one holding most of its days). Null for any other neighbour.
    private static PartialDate? MonthAfterToldApart(DateExpression told, DateOnly happening)
    {
        if (told is not { Form: DateForm.Relative, FromPrevious: false }) return null;
        var month = told switch
        {
            { Unit: RelativeUnit.Month, Offset: 0 } => happening,
            { Unit: RelativeUnit.Month, Offset: -1 } => happening.AddMonths(1),
            { Unit: RelativeUnit.Week, Offset: -1 } => happening.AddDays(-(((int)happening.DayOfWeek + 6) % 7) + 7 + 3),
            _ => (DateOnly?)null,
        };
        return month is { } m ? PartialDate.OfMonth(m.Year, m.Month) : null;
    }
}
