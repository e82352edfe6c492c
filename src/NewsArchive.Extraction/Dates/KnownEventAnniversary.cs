using System.Collections.Frozen;
using NewsArchive.Extraction.Lexicon;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// A known event counted in whole years or months from the story: "the 50th anniversary of King's assassination", "ten
/// years since Storm Desmond", "A year after the Eaton fire, families …", "Seven years on from the Grenfell fire", "six
/// months since Helene's remnants stalled". The count moves the occasion that far on: the story is about then, not merely
/// some time after the event.
/// </summary>
internal static class KnownEventAnniversary
{
    private const int MaxYears = 200;
    private const int LeadSentences = 2; // "Two years after Hurricane Harvey, …" tells the story's time only in its lead

    /// <summary>The months counted to a known event's name, the first token of the count, and whether it is an ordinal
    /// anniversary ("the 50th anniversary of", a day) rather than a round count ("ten years since", "six months after"),
    /// and whether a round count is exact ("exactly 100 years after", "ten years to the day since": the day it reaches).</summary>
    internal readonly record struct Count(int Months, int Opening, bool Anniversary, bool Exact = false)
    {
        /// <summary>How far either way the story may be from the day a round count reaches: "ten years since" is about
        /// ten years, "six months since" about six months.</summary>
        public int SlackMonths => Months >= 12 ? 7 : 1;
    }

    // The words that name an anniversary by its years ("centenary", "centennial", "bicentenary").
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> CenturyWords = Counts("dates-century-anniversaries");

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> OrdinalWords = Counts("dates-ordinal-words");

    // A "word value" list, looked up whatever the word's case.
    private static FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Counts(string name) => WordList.Lines(name)
        .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .ToFrozenDictionary(p => p[0], p => int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The count of years written just before the name, or null.</summary>
    /// <param name="scan">The article's tokens.</param>
    /// <param name="m">The known event's name.</param>
    /// <param name="first">The first token of the name's sentence.</param>
    public static Count? Before(DateScan scan, KnownEventMention m, int first)
    {
        var i = m.FirstToken - 1;
        if (i >= first && scan.IsWord(i, "the")) i--;
        if (i - 2 < first) return null;
        // "the 50th anniversary of King's assassination", "the first anniversary of the Capitol riot".
        if (scan.IsWord(i, "of") && scan.IsWord(i - 1, "anniversary") && Ordinal(scan, i - 2, first) is { } nth)
            return nth.Value <= MaxYears ? new Count(12 * nth.Value, nth.Start, Anniversary: true) : null;
        // "the centenary of the Armistice", "the bicentennial of …": an anniversary named by its count of years.
        if (scan.IsWord(i, "of") && CenturyWords.TryGetValue(scan.Text(i - 1), out var years))
            return new Count(12 * years, i - 1, Anniversary: true);
        var cue = i;
        if (scan.IsWord(cue, "from") && scan.IsWord(cue - 1, "on")) cue--;
        else if (!scan.IsWord(cue, "since") && !scan.IsWord(cue, "after")) return null;
        var unit = cue - 1;
        // "ten years to the day since Storm Desmond": the count reaches the story's own day.
        var toTheDay = unit - 3 >= first && scan.IsWord(unit, "day") && scan.IsWord(unit - 1, "the") && scan.IsWord(unit - 2, "to");
        if (toTheDay) unit -= 3;
        var number = unit - 1;
        if (number < first) return null;
        // "exactly 100 years after the end of World War One": the count is as round as without the word.
        var opening = number > first && scan.IsWord(number - 1, "exactly") ? number - 1 : number;
        var single = scan.IsWord(number, "a") || scan.IsWord(number, "one");
        int? months = scan.IsWord(unit, "years") ? 12 * DateMentionFinder.CountOrWordAt(scan, number) : scan.IsWord(unit, "year") && single ? 12
            : scan.IsWord(unit, "months") ? DateMentionFinder.CountOrWordAt(scan, number) : scan.IsWord(unit, "month") && single ? 1 : null;
        if (months is not (> 0 and <= 12 * MaxYears) || number > first && (scan.IsWord(number - 1, "than") || scan.IsWord(number - 1, "every"))) return null;
        // "Two years after Hurricane Harvey, the buyouts …" opens the lead with the story's own time; further in, "two
        // years after Katrina, he moved" tells a past.
        if (scan.IsWord(cue, "after") && (m.Sentence > LeadSentences || opening > first && !scan.IsSymbol(opening - 1, ',') && !DateContext.IsClauseBreak(scan, opening - 1)))
            return null;
        return new Count(months.Value, opening, Anniversary: false, Exact: toTheDay || opening < number);
    }

    /// <summary>The occasion moved on by the count: the day the count reaches from its first day, never sudden (an
    /// anniversary is announced ahead).</summary>
    public static KnownOccasion Shift(KnownOccasion o, Count count) =>
        new(o.First.AddMonths(count.Months), o.First.AddMonths(count.Months), o.Recurring, Sudden: false);

    // The ordinal ending at the token ("first", "50th" as "50" "th") and its first token, or null.
    private static (int Value, int Start)? Ordinal(DateScan scan, int i, int first)
    {
        if (OrdinalWords.TryGetValue(scan.Text(i), out var nth)) return (nth, i);
        if (i - 1 < first || scan.Tokens[i - 1].Kind != TokenKind.Number
            || !(scan.IsWord(i, "th") || scan.IsWord(i, "st") || scan.IsWord(i, "nd") || scan.IsWord(i, "rd"))) return null;
        return int.TryParse(scan.Text(i - 1), out var n) && n is > 0 and <= MaxYears ? (n, i - 1) : null;
    }
}
