using System.Collections.Frozen;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "issued flood warnings on Christmas Day", "began their sales on Christmas Eve", "the last train leaves at 01:45 on
/// New Year's Day", "fires started on the Fourth of July": a day with the same date every year (Lexicon/Data/dates-fixed-holidays.txt) after "on" is that
/// month and day, its year found as for "on Dec. 25". Only after "on": "over Christmas", "until Boxing Day" and
/// "the Christmas Day menu" are spans, limits or labels. "on Boxing Day (Thursday, December 26)" is left to the
/// date in brackets, and a year after the name is its year ("on Christmas Day 2019").
/// </summary>
internal static class FixedHoliday
{
    /// <summary>The first word of every fixed-date holiday ("Christmas", "Boxing", "New"), for the finder's triggers.</summary>
    public static readonly FrozenSet<string> FirstWords =
        HolidayNames.Fixed.Select(h => h.Name.Split(' ')[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool TryMatch(DateScan scan, int i, int first, int end, out DateExpression expression, out int last)
    {
        expression = default;
        last = i;
        var t = scan.Tokens[i];
        if (t.Kind != TokenKind.Word || !char.IsUpper(scan.Body[t.Start]) || i <= first) return false;
        // "on Christmas Day", "on the Fourth of July".
        var on = scan.IsWord(i - 1, "the") && i - 1 > first ? i - 2 : i - 1;
        if (!scan.IsWord(on, "on")) return false;
        foreach (var h in HolidayNames.Fixed)
        {
            if (!HolidayNames.Matches(scan.Body, t.Start, h.Name)) continue;
            var stop = t.Start + h.Name.Length;
            var k = i;
            while (k + 1 < end && scan.Tokens[k + 1].End <= stop) k++;
            if (k + 1 < end && scan.IsSymbol(k + 1, '(')) return false;
            var year = 0;
            if (k + 1 < end && scan.Tokens[k + 1].Kind == TokenKind.Number && scan.Text(k + 1).Length == 4
                && int.TryParse(scan.Text(k + 1), out var y) && y is >= 1000 and <= 2999)
            {
                year = y;
                k++;
            }
            // "on Bonfire Night last year", "on Boxing Day this year": a year counted from the story's.
            else if (k + 2 < end && scan.IsWord(k + 2, "year") && (scan.IsWord(k + 1, "last") || scan.IsWord(k + 1, "this") || scan.IsWord(k + 1, "next")))
            {
                expression = DateExpression.WithRelativeYear(h.Month, h.Day, scan.IsWord(k + 1, "last") ? -1 : scan.IsWord(k + 1, "next") ? 1 : 0);
                last = k + 2;
                return true;
            }
            expression = DateExpression.Calendar(year, h.Month, h.Day);
            last = k;
            return true;
        }
        return false;
    }
}
