using NewsArchive.Extraction.Lexicon;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// The holidays the date rules know by name, read once from the word lists: fixed-date ones
/// (Lexicon/Data/dates-fixed-holidays.txt: "Christmas Day|12-25") and moving ones (dates-moving-holidays.txt:
/// "Thanksgiving|11-Thursday-4", "Easter Monday|Easter+1").
/// </summary>
internal static class HolidayNames
{
    /// <summary>Each fixed-date holiday with its month and day.</summary>
    public static readonly IReadOnlyList<(string Name, int Month, int Day)> Fixed = LoadFixed();

    /// <summary>Each moving holiday with its rule ("01-Monday-3", "Easter-2").</summary>
    public static readonly IReadOnlyList<(string Name, string Rule)> Moving = LoadMoving();

    /// <summary>Whether the name stands at the position, in any case and with either apostrophe, followed by no more letters.</summary>
    public static bool Matches(string body, int start, string name)
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

    /// <summary>
    /// The length of the name as written at the position, or -1 when it is not there: any case, either apostrophe, and
    /// "St." for "St" ("St. Patrick's Day" is the US spelling of "St Patrick's Day"), followed by no more letters.
    /// </summary>
    public static int MatchedLength(string body, int start, string name)
    {
        var at = start;
        for (var k = 0; k < name.Length; k++, at++)
        {
            if (at >= body.Length) return -1;
            var c = body[at];
            if (c == '.' && name[k] == ' ' && k == 2 && name.StartsWith("St ", StringComparison.Ordinal) && at + 1 < body.Length && body[at + 1] == ' ')
                c = body[++at];
            if (c == '’') c = '\'';
            if (char.ToLowerInvariant(c) != char.ToLowerInvariant(name[k])) return -1;
        }
        return at == body.Length || !char.IsLetter(body[at]) ? at - start : -1;
    }

    /// <summary>
    /// The first of <paramref name="holidays"/> the sentence names outside quotation marks; null when there is none, or
    /// when one of <paramref name="limits"/> right before it makes it a limit or another time ("until Christmas Day",
    /// "since Easter", "last Memorial Day").
    /// </summary>
    public static T? NamedIn<T>(DateScan scan, int sentence, IReadOnlyList<T> holidays, Func<T, string> name, string[] limits)
        where T : struct
    {
        var (first, end) = scan.TokensOf(sentence);
        for (var i = first; i < end; i++)
        {
            var t = scan.Tokens[i];
            // Names open with a capital, but for a few that open with a word of their own ("late May bank holiday",
            // which is not the "May bank holiday" of the month's first Monday).
            if (t.Kind != TokenKind.Word || !char.IsUpper(scan.Body[t.Start]) && !IsLowerFirstWord(t.In(scan.Body))) continue;
            foreach (var h in holidays)
            {
                if (MatchedLength(scan.Body, t.Start, name(h)) < 0 || scan.IsInsideQuotation(t.Start)) continue;
                if (i - 1 >= first)
                    foreach (var limit in limits)
                        if (scan.IsWord(i - 1, limit)) return null;
                return h;
            }
        }
        return null;
    }

    // The first words of the names that open in lower case ("late", "early"): a handful, compared by length first, so
    // the other lower-case words of a sentence cost next to nothing.
    private static readonly string[] LowerFirstWords = Fixed.Select(h => h.Name).Concat(Moving.Select(h => h.Name))
        .Where(n => char.IsLower(n[0])).Select(n => n.Split(' ')[0]).Distinct(StringComparer.Ordinal).ToArray();

    private static bool IsLowerFirstWord(ReadOnlySpan<char> word)
    {
        foreach (var w in LowerFirstWords)
            if (w.Length == word.Length && word.Equals(w, StringComparison.Ordinal)) return true;
        return false;
    }

    private static List<(string, int, int)> LoadFixed()
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

    private static List<(string, string)> LoadMoving()
    {
        var list = new List<(string, string)>();
        foreach (var line in WordList.Lines("dates-moving-holidays"))
        {
            var parts = line.Split('|');
            list.Add((parts[0].Trim(), parts[1].Trim()));
        }
        return list;
    }
}
