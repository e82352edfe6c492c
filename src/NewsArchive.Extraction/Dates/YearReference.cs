namespace NewsArchive.Extraction.Dates;

/// <summary>
/// A stand-in day for a publication known only by its year, so that dates written without one ("passed the bill
/// Sept. 10", "last year", "hearings on Oct. 22") still resolve: the latest month and day the narrative tells as past,
/// in that year. Only calendar dates resolve against it; a weekday or "last week" needs the real day.
/// </summary>
internal static class YearReference
{
    /// <summary>The stand-in day in <paramref name="year"/>, or null when the narrative tells no past month and day.</summary>
    public static DateOnly? DayWithin(DateScan scan, int year)
    {
        DateOnly? latest = null;
        foreach (var m in scan.Mentions)
        {
            var e = m.Expression;
            // A month alone is no evidence: "came into force in December" in a March story is last December.
            if (e is not { Form: DateForm.Calendar, Year: 0, YearRelative: false, Month: > 0, Day: > 0 } || e.Shift != DateShift.None) continue;
            if (DateContext.IsInsideQuotation(scan, m) || DateContext.IsPageChrome(scan, m)) continue;
            var reading = ClauseTense.Of(scan, m);
            if (reading.Tense != Tense.Past || !reading.HasVerb) continue;
            if (!DateMentionFinder.IsValid(year, e.Month, e.Day)) continue;
            var day = new DateOnly(year, e.Month, e.Day);
            if (latest is null || day > latest) latest = day;
        }
        return latest;
    }

    /// <summary>Whether a date as written needs no more than the year to resolve.</summary>
    public static bool Resolves(DateExpression e) =>
        e.Form == DateForm.Calendar || (e.Form == DateForm.Relative && e.Unit == RelativeUnit.Year);
}
