using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "by Thursday's June 15 constitutional deadline", "around Thursday's Fourth of July holiday": a weekday's possessive
/// naming a dated thing writes the date with its weekday, as "Thursday, June 15" does (which pins the year).
/// </summary>
internal static class WeekdayNamedThing
{
    /// <summary>The date the possessive weekday names (weekday stated, no year), or null.</summary>
    public static DateExpression? DateOf(DateScan scan, DateMention weekday)
    {
        if (weekday.Expression is not { Form: DateForm.Weekday, Shift: DateShift.None } w) return null;
        var body = scan.Body;
        var i = weekday.Span.End;
        if (i + 1 >= body.Length || body[i] is not ('\'' or '’') || body[i + 1] != 's') return null;
        foreach (var m in scan.Mentions)
        {
            if (m.Sentence < weekday.Sentence || m.FirstToken <= weekday.LastToken) continue;
            if (m.Sentence > weekday.Sentence || m.FirstToken > weekday.LastToken + 4) break;
            // "Thursday's June 15 deadline": the date right after the possessive.
            if (m.Expression is { Form: DateForm.Calendar, Year: 0, Month: > 0, Day: > 0, WeekdayStated: false } e
                && body.AsSpan(i + 2, m.Span.Start - i - 2).Trim().IsEmpty)
                return e with { Weekday = w.Weekday, WeekdayStated = true };
        }
        // "Thursday's Fourth of July holiday": a fixed-date holiday right after it.
        return HolidayWeekday.FixedAfter(scan, weekday) is { } holiday
            ? DateExpression.Calendar(0, holiday.Month, holiday.Day) with { Weekday = w.Weekday, WeekdayStated = true }
            : null;
    }
}
