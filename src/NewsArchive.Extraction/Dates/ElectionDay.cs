namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "Tuesday's midterm elections": US midterms fall in even years between presidential ones (2022, 2026, …) on the
/// Tuesday after the first Monday of November, so the weekday names a known day.
/// </summary>
internal static class ElectionDay
{
    private const int WordsToNoun = 3;

    /// <summary>Whether the mention is the Tuesday of "Tuesday's midterm elections" / "Tuesday's midterms".</summary>
    public static bool IsMidterm(DateScan scan, DateMention mention)
    {
        if (mention.Expression is not { Form: DateForm.Weekday, Weekday: DayOfWeek.Tuesday, Shift: DateShift.None }) return false;
        var (_, end) = scan.TokensOf(mention.Sentence);
        var next = mention.LastToken + 1;
        if (!(next + 1 < end && (scan.IsSymbol(next, '\'') || scan.IsSymbol(next, '’')) && scan.IsWord(next + 1, "s"))) return false;
        for (var i = next + 2; i < end && i <= next + 1 + WordsToNoun; i++)
            if (scan.IsWord(i, "midterm") || scan.IsWord(i, "midterms")) return true;
        return false;
    }

    /// <summary>Whether US midterm elections are held in <paramref name="year"/>.</summary>
    public static bool IsMidtermYear(int year) => year % 4 == 2;

    /// <summary>The US general election day of <paramref name="year"/>: the first Tuesday from 2 November on.</summary>
    public static DateOnly In(int year)
    {
        var day = new DateOnly(year, 11, 2);
        return day.AddDays(((int)DayOfWeek.Tuesday - (int)day.DayOfWeek + 7) % 7);
    }
}
