namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "host Barnsley a week on Saturday", "the funeral will take place a week on Friday": British for that weekday of the
/// week after next-coming, seven days after the next such day.
/// </summary>
internal static class WeekOnWeekday
{
    /// <summary>The day meant, or null when the weekday is not told "a week on".</summary>
    public static PartialDate? Resolve(DateScan scan, DateMention mention, DateOnly reference)
    {
        if (mention.Expression is not { Form: DateForm.Weekday, Shift: DateShift.None } e) return null;
        var (first, _) = scan.TokensOf(mention.Sentence);
        var on = mention.FirstToken - 1;
        if (on - 1 < first || !scan.IsWord(on, "on") || !scan.IsWord(on - 1, "week")) return null;
        var delta = ((int)e.Weekday - (int)reference.DayOfWeek + 7) % 7;
        return PartialDate.OfDay(reference.AddDays((delta == 0 ? 7 : delta) + 7));
    }
}
