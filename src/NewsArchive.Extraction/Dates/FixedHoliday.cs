using System.Collections.Frozen;
using NewsArchive.Extraction.Lexicon;
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
    private static readonly IReadOnlyList<(string Name, int Month, int Day)> Holidays = Load();

    /// <summary>The first word of every fixed-date holiday ("Christmas", "Boxing", "New"), for the finder's triggers.</summary>
    public static readonly FrozenSet<string> FirstWords =
        Holidays.Select(h => h.Name.Split(' ')[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool TryMatch(DateScan scan, int i, int first, int end, out DateExpression expression, out int last)
    {
        expression = default;
        last = i;
        var t = scan.Tokens[i];
        if (t.Kind != TokenKind.Word || !char.IsUpper(scan.Body[t.Start]) || i <= first) return false;
        // "on Christmas Day", "on the Fourth of July".
        var on = scan.IsWord(i - 1, "the") && i - 1 > first ? i - 2 : i - 1;
        if (!scan.IsWord(on, "on")) return false;
        foreach (var h in Holidays)
        {
            if (!Matches(scan.Body, t.Start, h.Name)) continue;
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
            expression = DateExpression.Calendar(year, h.Month, h.Day);
            last = k;
            return true;
        }
        return false;
    }

    // The name at the position, with either apostrophe, followed by no more letters.
    private static bool Matches(string body, int start, string name)
    {
        if (start + name.Length > body.Length) return false;
        for (var k = 0; k < name.Length; k++)
        {
            var c = body[start + k];
            if (c == '’') c = '\'';
            if (char.ToLowerInvariant(c) != char.ToLowerInvariant(name[k])) return false;
        }
        var after = start + name.Length;
        return after == body.Length || !char.IsLetter(body[after]);
    }

    private static List<(string, int, int)> Load()
    {
        var list = new List<(string, int, int)>();
        foreach (var line in WordList.Lines("dates-fixed-holidays"))
        {
            var parts = line.Split('|');
            var md = parts[1].Split('-');
            list.Add((parts[0].Trim(), int.Parse(md[0]), int.Parse(md[1])));
        }
        return list;
    }
}
