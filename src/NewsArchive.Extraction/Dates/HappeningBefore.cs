using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "a report published on 16 September, a week before the vote", "a comment session on Sept. 15, two days before the
/// vote": a dated happening measured to the story's happening dates that one; the story is that day when its lead tells
/// the happening by a past weekday that fits, the day after when the narrative tells it as "yesterday".
/// </summary>
internal static class HappeningBefore
{
    private const int MaxDays = 60;

    /// <summary>The story's day, or null when no sentence measures its happening from a date.</summary>
    public static DateOnly? Find(DateScan scan, YearChoice years, int leadSentences)
    {
        foreach (var m in scan.Mentions)
        {
            var e = m.Expression;
            if (e is not { Form: DateForm.Calendar, Month: > 0, Day: > 0 } || e.YearRelative || DateContext.IsInsideQuotation(scan, m)) continue;
            if (DaysBefore(scan, m) is not { } days) continue;
            if (years.Day(e) is not { } d) continue;
            var happening = d.AddDays(days);
            if (LeadTells(scan, leadSentences, happening.DayOfWeek) is not { } told) return null;
            return told ? happening : happening.AddDays(1);
        }
        return null;
    }

    // ", a week before the vote", ", two days before the hearing": the days from the date to a happening named by "the".
    private static int? DaysBefore(DateScan scan, DateMention m)
    {
        var (_, end) = scan.TokensOf(m.Sentence);
        var i = m.LastToken + 1;
        if (i < end && scan.IsSymbol(i, ',')) i++;
        if (i + 3 >= end || DateMentionFinder.CountAt(scan, i) is not { } count) return null;
        var unit = DateMentionFinder.UnitAt(scan, i + 1, plural: count != 1);
        var days = unit switch { RelativeUnit.Day => count, RelativeUnit.Week => 7 * count, _ => 0 };
        if (days is <= 0 or > MaxDays || !scan.IsWord(i + 2, "before") || !scan.IsWord(i + 3, "the")) return null;
        return days;
    }

    // True when the lead tells the happening on its own weekday, false when the narrative tells it as "yesterday",
    // null when neither.
    private static bool? LeadTells(DateScan scan, int leadSentences, DayOfWeek weekday)
    {
        foreach (var m in scan.Mentions)
        {
            if (m.Sentence > leadSentences) break;
            if (DateContext.IsInsideQuotation(scan, m) || ClauseTense.Of(scan, m).Tense != Tense.Past) continue;
            var e = m.Expression;
            if (e is { Form: DateForm.Weekday, Shift: DateShift.None } && e.Weekday == weekday) return true;
            if (e is { Form: DateForm.Relative, Unit: RelativeUnit.Day, Offset: -1, FromPrevious: false }) return false;
        }
        return null;
    }
}
