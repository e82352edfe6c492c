namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "Classes begin Sept. 8, four weeks from Tuesday", "the vote is ten days from Friday", "a week from Monday": the weekday
/// after a count of days or weeks and "from" is the base the count runs from, not a happening of its own.
/// </summary>
internal static class CountedFromWeekday
{
    /// <summary>Whether the bare weekday <paramref name="mention"/> follows "[count] days/weeks from".</summary>
    public static bool Is(DateScan scan, DateMention mention)
    {
        if (mention.Expression is not { Form: DateForm.Weekday, Shift: DateShift.None }) return false;
        var (first, _) = scan.TokensOf(mention.Sentence);
        var from = mention.FirstToken - 1;
        if (from - 2 < first || !scan.IsWord(from, "from")) return false;
        var unit = from - 1;
        // "a fortnight from Friday" has no count word before its unit.
        if (scan.IsWord(unit, "fortnight")) return true;
        return (DateMentionFinder.UnitAt(scan, unit, plural: true) ?? DateMentionFinder.UnitAt(scan, unit, plural: false)) is RelativeUnit.Day or RelativeUnit.Week
            && DateMentionFinder.CountAt(scan, unit - 1) is not null && !IsDuration(scan, unit - 2, first);
    }

    // "ran over five days from Saturday", "for two weeks from Monday": a stretch that starts on the weekday, which is
    // its first day, not the base of a count.
    private static bool IsDuration(DateScan scan, int i, int first) =>
        i >= first && (scan.IsWord(i, "over") || scan.IsWord(i, "for") || scan.IsWord(i, "across") || scan.IsWord(i, "lasting"));
}
