using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "Several hundred people stood in silence Wednesday … It was the first anniversary of the fire, which ignited on
/// Jan. 7, 2025": an anniversary of a full date falls that many years on; when the narrative tells that day's weekday
/// as past, in the anniversary's sentence or the one before, the weekday is the anniversary, and the story, which tells
/// it as past, runs the next day (news never names its own day by weekday).
/// </summary>
internal static class AnniversaryWeekday
{
    /// <summary>The story's day, or null.</summary>
    public static DateOnly? Find(DateScan scan, DateOnly today)
    {
        var mentions = scan.Mentions;
        for (var j = 0; j < mentions.Count; j++)
        {
            var d = mentions[j];
            if (d.Expression is not { Form: DateForm.Calendar, Year: > 0, Month: > 0, Day: > 0 } e || DateContext.IsInsideQuotation(scan, d)) continue;
            if (AnniversaryYear.OrdinalAnniversary(scan, d.Sentence) is not { } years) continue;
            var year = e.Year + years;
            if (!DateMentionFinder.IsValid(year, e.Month, e.Day)) continue;
            var day = new DateOnly(year, e.Month, e.Day);
            if (day >= today) continue;
            foreach (var m in mentions)
            {
                if (m.Sentence > d.Sentence) break;
                if (m.Sentence < d.Sentence - 1 || m.Expression is not { Form: DateForm.Weekday, Shift: DateShift.None } w
                    || w.Weekday != day.DayOfWeek || DateContext.IsInsideQuotation(scan, m)) continue;
                if (ClauseTense.Of(scan, m) is { Tense: Tense.Past, HasVerb: true } && !AheadOfStory.Is(scan, m)) return day.AddDays(1);
            }
        }
        return null;
    }
}
