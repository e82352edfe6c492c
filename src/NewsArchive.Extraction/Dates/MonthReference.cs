namespace NewsArchive.Extraction.Dates;

/// <summary>
/// Dates resolved against a publication known only by its month ("published in March 2025", the day unsettled by
/// the text). A past month or day falls on or before the month's end ("the first case was confirmed Feb. 6"), a coming
/// one on or after its start ("clinics on March 22"); "last month", "next year" count from the month; "today" is within
/// it, so it gives the month. A weekday or "yesterday" needs the real day.
/// </summary>
internal static class MonthReference
{
    public static PartialDate? Resolve(DateExpression e, PartialDate month, Tense tense)
    {
        if (e.FromPrevious) return null;
        if (e.Form == DateForm.Calendar || e.Form == DateForm.Relative && e.Unit is RelativeUnit.Month or RelativeUnit.Year)
            return DateResolver.Resolve(e, tense == Tense.Future ? month.Start : month.End, tense);
        // "the new rates take effect today": some day of the month the story ran.
        if (e.IsToday)
            return PartialDate.OfMonth(month.Start.Year, month.Start.Month);
        return null;
    }
}
