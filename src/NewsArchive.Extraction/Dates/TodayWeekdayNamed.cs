using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "a reduced service is running today (Friday)", "the board meets today, Thursday, to decide": the narrative names the
/// story's own weekday beside its "today", so the story falls on that weekday. "packed into the hall yesterday
/// (Wednesday)" and "decides tomorrow (Friday)" name the weekday of the day before or after it.
/// </summary>
internal static class TodayWeekdayNamed
{
    /// <summary>The weekday the narrative gives its today, or null.</summary>
    public static DayOfWeek? Find(DateScan scan)
    {
        var mentions = scan.Mentions;
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var today = mentions[i];
            var next = mentions[i + 1];
            if (today.Expression is not { Form: DateForm.Relative, Unit: RelativeUnit.Day, Offset: >= -1 and <= 1, FromPrevious: false } day
                || next.Expression is not { Form: DateForm.Weekday, Shift: DateShift.None } e
                || next.Sentence != today.Sentence || DateContext.IsInsideQuotation(scan, today)) continue;
            // Only punctuation between: "today (Friday)", "today, Friday,".
            var gap = next.FirstToken - today.LastToken - 1;
            if (gap is < 1 or > 2) continue;
            var apart = false;
            for (var t = today.LastToken + 1; t < next.FirstToken; t++)
                if (!(scan.IsSymbol(t, '(') || scan.IsSymbol(t, ','))) apart = true;
            if (!apart) return (DayOfWeek)(((int)e.Weekday - day.Offset + 7) % 7);
        }
        return null;
    }
}
