namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "as ministers prepare to mark Armistice Day tomorrow", "busier than usual tonight, with thousands travelling in for
/// the Bonfire Night fireworks": a day that has the same date every year (Lexicon/Data/dates-fixed-holidays.txt), told
/// in the narrative beside the story's today, tomorrow or yesterday, gives the story's month and day; so does one
/// counted from today ("St Patrick's Day, a week from today").
/// </summary>
internal static class HolidayToday
{
    /// <summary>
    /// The story's month and day and the weekday the narrative gives it, if any, with the latest year the narrative gives the same holiday (an earlier one: "footfall
    /// rose compared with Boxing Day 2022"), or null when no narrative sentence ties a fixed-date holiday to its today.
    /// </summary>
    public static (int Month, int Day, int? Edition, DayOfWeek? Weekday)? Find(DateScan scan)
    {
        foreach (var m in scan.Mentions)
        {
            if (m.Expression is not { Form: DateForm.Relative, Unit: RelativeUnit.Day, Offset: >= -1 and <= 1, FromPrevious: false } e) continue;
            if (DateContext.IsInsideQuotation(scan, m)) continue;
            if (HolidayIn(scan, m.Sentence) is not { } holiday) continue;
            // "the Dublin parade, due to have taken place a week from today": the holiday lies that count after the story.
            var back = CountFromToday.DaysCounted(scan, m) ?? e.Offset;
            var day = new DateOnly(2000, holiday.Month, holiday.Day).AddDays(-back); // a leap year, so 29 February exists
            // "the 2021 event was held online": an edition told as over is an earlier one too.
            var edition = LatestEdition(scan, holiday);
            if (PastEditionYear.Latest(scan) is { } past && (edition is not { } named || past > named)) edition = past;
            // "with the holiday falling on a Tuesday this year": the story's weekday is the holiday's, moved by its offset.
            DayOfWeek? weekday = HolidayFallsOn.Find(scan) is { } w ? (DayOfWeek)(((int)w - back % 7 + 7) % 7) : null;
            return (day.Month, day.Day, edition, weekday);
        }
        return null;
    }

    // The latest year the narrative gives a holiday of that date ("compared with Boxing Day 2022", "below the level seen
    // on Boxing Day 2019"), or null: a story on the holiday names its earlier ones by year.
    private static int? LatestEdition(DateScan scan, (int Month, int Day) holiday)
    {
        int? latest = null;
        var body = scan.Body;
        foreach (var h in HolidayNames.Fixed)
        {
            if (h.Month != holiday.Month || h.Day != holiday.Day) continue;
            var space = h.Name.IndexOf(' ', StringComparison.Ordinal);
            var head = space > 0 ? h.Name[..space] : h.Name; // "Boxing", then the whole name is matched in place
            for (var at = body.IndexOf(head, StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = body.IndexOf(head, at + head.Length, StringComparison.OrdinalIgnoreCase))
            {
                var length = HolidayNames.MatchedLength(body, at, h.Name);
                if (length < 0 || scan.IsInsideQuotation(at)) continue;
                var y = at + length;
                if (y + 5 > body.Length || body[y] != ' ' || !IsYear(body, y + 1)) continue;
                var year = int.Parse(body.AsSpan(y + 1, 4), System.Globalization.CultureInfo.InvariantCulture);
                if (latest is null || year > latest) latest = year;
            }
        }
        return latest;
    }

    // Four digits from 1900 to 2099 standing alone ("2022", not "20225" or "2022-23" read as more).
    private static bool IsYear(string body, int at)
    {
        if (at + 4 > body.Length || body[at] is not ('1' or '2') || body[at + 1] is not ('9' or '0')) return false;
        for (var k = 0; k < 4; k++)
            if (!char.IsAsciiDigit(body[at + k])) return false;
        return at + 4 == body.Length || !char.IsLetterOrDigit(body[at + 4]);
    }

    // Words before a holiday that make it a limit or another time ("until Christmas Day", "two weeks before Christmas Eve",
    // "since Burns Night").
    private static readonly string[] LimitsBefore = ["until", "before", "after", "since", "by", "till", "last", "next", "of"];

    // The sentence's first fixed-date holiday outside quotation marks, unless a limit word stands before it.
    private static (int Month, int Day)? HolidayIn(DateScan scan, int sentence) =>
        HolidayNames.NamedIn(scan, sentence, HolidayNames.Fixed, h => h.Name, LimitsBefore) is { } h ? (h.Month, h.Day) : null;
}
