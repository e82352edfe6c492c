namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "Today marks six months since the flood of March 3", "students who are marking one month since the Feb. 14
/// shooting", "Crowds gathered yesterday to mark 100 days since the June 2 vote": a count of days, weeks or months from a
/// dated happening to the story's today (or its yesterday) puts the story's day that far on. Years are
/// <see cref="AnniversaryDay"/>'s; a count that "will mark" lies ahead and says only that the story came before.
/// </summary>
internal static class MarksSinceDate
{
    private const int MaxWordsToDate = 4; // "since the Feb. 14", "since the flood of March 3"
    private const int MaxMonths = 11;
    private const int MaxDays = 400;

    /// <summary>The story's day, or null when no narrative sentence counts its day on from a date.</summary>
    public static DateOnly? Find(DateScan scan, YearChoice years, DateOnly today)
    {
        foreach (var m in scan.Mentions)
        {
            var e = m.Expression;
            if (e is not { Form: DateForm.Calendar, Month: > 0, Day: > 0 } || e.YearRelative || DateContext.IsInsideQuotation(scan, m)) continue;
            if (ComingMark(scan, m, years, today) is { } eve) return eve;
            if (Since(scan, m) is not var (count, unit, countToken) || Now(scan, m.Sentence, countToken) is not { } offset) continue;
            // The dated happening lies that far before the story: its year is the one that puts the story by today.
            DateOnly? from = e.Year > 0 ? DateMentionFinder.IsValid(e.Year, e.Month, e.Day) ? new DateOnly(e.Year, e.Month, e.Day) : null
                : years.Nearest(e.Month, e.Day, null);
            if (from is not { } d) continue;
            var day = (unit == RelativeUnit.Month ? d.AddMonths(count) : d.AddDays(count * (unit == RelativeUnit.Week ? 7 : 1))).AddDays(offset);
            if (e.Year == 0 && day > today && DateMentionFinder.IsValid(d.Year - 1, d.Month, d.Day))
                day = (unit == RelativeUnit.Month ? d.AddYears(-1).AddMonths(count) : d.AddYears(-1).AddDays(count * (unit == RelativeUnit.Week ? 7 : 1))).AddDays(offset);
            if (day <= today) return day;
        }
        return null;
    }

    private const int MaxComingReach = 12; // "since Helene's remnants stalled over the mountains on Sept. 27"

    // "Thursday will mark six months since the storm stalled over the mountains on Sept. 27": a sentence opening with a
    // coming weekday that will mark a count of months or days since a date. When that weekday is the one the count
    // reaches, the story is its eve (the day is told ahead, so nothing later; UntoldStoryDay then keeps only the month
    // when no finished happening tells the day). Null for any other shape.
    private static DateOnly? ComingMark(DateScan scan, DateMention m, YearChoice years, DateOnly today)
    {
        var (first, _) = scan.TokensOf(m.Sentence);
        if (m.FirstToken - first < 6 || !scan.IsWord(first + 1, "will") || !scan.IsWord(first + 2, "mark")
            || !DateWords.Weekdays.TryGetValue(scan.Text(first), out var weekday)) return null;
        var unit = DateMentionFinder.UnitAt(scan, first + 4, plural: true) ?? DateMentionFinder.UnitAt(scan, first + 4, plural: false);
        if (unit is not (RelativeUnit.Day or RelativeUnit.Week or RelativeUnit.Month) || !scan.IsWord(first + 5, "since")
            || DateMentionFinder.CountAt(scan, first + 3) is not { } count || count <= 0 || unit == RelativeUnit.Month && count > MaxMonths) return null;
        if (m.FirstToken - (first + 5) > MaxComingReach) return null;
        for (var i = first + 6; i < m.FirstToken; i++)
            if (scan.Tokens[i].Kind == Text.TokenKind.Symbol && !scan.IsSymbol(i, '\'') && !scan.IsSymbol(i, '’')) return null;
        var e = m.Expression;
        foreach (var year in e.Year > 0 ? new[] { e.Year } : [today.Year, today.Year - 1])
        {
            if (!DateMentionFinder.IsValid(year, e.Month, e.Day)) continue;
            var d = new DateOnly(year, e.Month, e.Day);
            var marked = unit == RelativeUnit.Month ? d.AddMonths(count) : d.AddDays(count * (unit == RelativeUnit.Week ? 7 : 1));
            if ((int)marked.DayOfWeek == weekday && marked.AddDays(-1) <= today) return marked.AddDays(-1);
        }
        return null;
    }

    // "six months since [the] … <date>": the count, its unit and the count's token, or null.
    private static (int Count, RelativeUnit Unit, int CountToken)? Since(DateScan scan, DateMention m)
    {
        var (first, _) = scan.TokensOf(m.Sentence);
        for (var i = m.FirstToken - 1; i - 2 >= first && i >= m.FirstToken - MaxWordsToDate - 1; i--)
        {
            if (scan.Tokens[i].Kind != Text.TokenKind.Word) return null;
            if (!scan.IsWord(i, "since")) continue;
            var unit = DateMentionFinder.UnitAt(scan, i - 1, plural: true) ?? DateMentionFinder.UnitAt(scan, i - 1, plural: false);
            if (unit is not (RelativeUnit.Day or RelativeUnit.Week or RelativeUnit.Month) || DateMentionFinder.CountAt(scan, i - 2) is not { } count) return null;
            var days = unit == RelativeUnit.Month ? count * 31 : unit == RelativeUnit.Week ? count * 7 : count;
            if (count <= 0 || unit == RelativeUnit.Month && count > MaxMonths || days > MaxDays) return null;
            return (count, unit.Value, i - 2);
        }
        return null;
    }

    // How many days the story lies after the counted day: 0 for "today marks", "are marking", "It is"; 1 when the
    // sentence tells it as yesterday's; null when it is told as coming ("will mark") or not told from now at all.
    private static int? Now(DateScan scan, int sentence, int countToken)
    {
        var (first, _) = scan.TokensOf(sentence);
        var verb = countToken - 1;
        while (verb >= first && (scan.IsWord(verb, "exactly") || scan.IsWord(verb, "just") || scan.IsWord(verb, "precisely"))) verb--;
        if (verb < first) return null;
        for (var k = first; k < countToken; k++)
        {
            if (scan.IsWord(k, "today") || scan.IsWord(k, "tonight")) return 0;
            if (scan.IsWord(k, "yesterday") || scan.IsWord(k, "night") && k > first && scan.IsWord(k - 1, "last")) return 1;
        }
        if (verb > first && (scan.IsWord(verb - 1, "will") || scan.IsWord(verb - 1, "would") || scan.IsWord(verb - 1, "to"))) return null;
        return scan.IsWord(verb, "marks") || scan.IsWord(verb, "marking") && verb > first && (scan.IsWord(verb - 1, "are") || scan.IsWord(verb - 1, "is"))
            || scan.IsWord(verb, "is") && verb > first && scan.IsWord(verb - 1, "it") ? 0 : null;
    }
}
