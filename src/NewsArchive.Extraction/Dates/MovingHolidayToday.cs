using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "Millions of Americans hit the road today, the day before Thanksgiving" is a limit, but "crowds lined the route
/// today for the Thanksgiving Day parade" and "Memorial Day ceremonies were held across the state yesterday" tell a
/// holiday whose date moves (dates-moving-holidays.txt) as the story's today, tomorrow or yesterday: its day in the
/// year the evidence allows (the copyright year, else the first after the finished happenings) dates the story.
/// </summary>
internal static class MovingHolidayToday
{
    /// <summary>The story's day, or null when no narrative sentence ties a moving holiday to its today.</summary>
    public static DateOnly? Find(DateScan scan, DateOnly? bound, DateOnly today, int? copyright)
    {
        foreach (var m in scan.Mentions)
        {
            if (m.Expression is not { Form: DateForm.Relative, Unit: RelativeUnit.Day, Offset: >= -1 and <= 1, FromPrevious: false } e
                || DateContext.IsInsideQuotation(scan, m) || HolidayIn(scan, m.Sentence) is not { } rule) continue;
            // Without a year to go by (a stated one or a notice), the holiday's day would be a guess.
            if (bound is null && copyright is null) return null;
            if (HolidayWeekday.MovingDay(rule, bound, today.AddDays(Math.Max(0, e.Offset)), copyright) is not { } holiday) return null;
            var day = holiday.AddDays(-e.Offset);
            return day <= today ? day : null;
        }
        return null;
    }

    // The rule of the sentence's moving holiday outside quotation marks, unless a word before it makes it a limit or another
    // time ("until Labor Day", "ahead of Thanksgiving", "since Easter", "last Memorial Day").
    private static string? HolidayIn(DateScan scan, int sentence)
    {
        var (first, end) = scan.TokensOf(sentence);
        for (var i = first; i < end; i++)
        {
            var t = scan.Tokens[i];
            if (t.Kind != TokenKind.Word || !char.IsUpper(scan.Body[t.Start])) continue;
            foreach (var h in HolidayNames.Moving)
            {
                if (!HolidayNames.Matches(scan.Body, t.Start, h.Name) || scan.IsInsideQuotation(t.Start)) continue;
                var before = i - 1;
                if (before >= first && (scan.IsWord(before, "until") || scan.IsWord(before, "before") || scan.IsWord(before, "after")
                    || scan.IsWord(before, "since") || scan.IsWord(before, "by") || scan.IsWord(before, "till") || scan.IsWord(before, "last")
                    || scan.IsWord(before, "next") || scan.IsWord(before, "of") || scan.IsWord(before, "ahead"))) return null;
                return h.Rule;
            }
        }
        return null;
    }
}
