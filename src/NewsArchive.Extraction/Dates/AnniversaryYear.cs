using System.Buffers;
using System.Collections.Frozen;
using NewsArchive.Extraction.Lexicon;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "Halden marks the 50th anniversary of the mill fire today" with "The fire in 1976 killed nine": a story that marks
/// an anniversary is written in the year that many years after a year it names. "Friday marks five years since the
/// collapse" reads the same way, as do "Seven years on from the 2019 fire" and "first held in 1996, the festival is now
/// in its 31st year", and a yearly edition's number counted from the first ("The 36th running of the race, first held in
/// 1982": 2017). Only a year told as the first counts for an edition: "the 97th parade, a tradition since 1924" skipped
/// years (wars, a pandemic), and says nothing.
/// </summary>
internal static class AnniversaryYear
{
    private const int MaxYears = 200;

    /// <summary>
    /// The story's year, or null when no sentence marks an anniversary of a stated year that falls between
    /// <paramref name="lowest"/> and <paramref name="highest"/> (the years the other evidence allows).
    /// </summary>
    public static int? Find(DateScan scan, int lowest, int highest)
    {
        var tokens = scan.Tokens;
        for (var s = 0; s + 1 < scan.SentenceStarts.Length; s++)
        {
            var (first, end) = scan.TokensOf(s);
            if (Count(scan, s, first, end) is not { } found || !found.Now && !MarksNow(scan, first, end)) continue;
            var count = found.Years;
            int? best = null;
            foreach (var m in scan.Mentions)
            {
                if (!m.Expression.HasYear || m.Expression.YearRelative || DateContext.IsInsideQuotation(scan, m)) continue;
                // "Seven years on from the 2019 fire", "first held in 1996, … now in its 31st year": the year of its own sentence.
                if (found.Now && m.Sentence != s) continue;
                // "The 36th running of the race, first held in 1982": an edition counts from the year told as the first.
                if (found.FromFirst && !AfterFirst(scan, m)) continue;
                var year = m.Expression.Year + count;
                if (year < lowest || year > highest) continue;
                if (best is null || year < best) best = year;
            }
            if (best is not null) return best;
        }
        return null;
    }

    private static readonly Dictionary<string, int> OrdinalWords = LoadOrdinals();

    // The words each rule of Count turns on: one filtered look-up turns every other token away, before the rules ask it
    // for each of them in turn.
    private static readonly FilteredWords CountWords =
        new(new[] { "anniversary", "running", "edition", "staging", "annual", "year", "since", "on" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    // Each rule needs one of these in the sentence's text ("years since" and "years on" hold "year"): a sentence without
    // any is passed over in one search.
    private static readonly SearchValues<string> CountWordsInText =
        SearchValues.Create(["anniversary", "running", "edition", "staging", "annual", "year"], StringComparison.OrdinalIgnoreCase);

    // "the 50th anniversary", "the first anniversary" or "five years since": the count of years, or null. "Seven years on
    // from the 2019 fire" and "now in its 31st year" (counting its first year as one) tell the story's own time by
    // themselves (Now); the others need a verb that marks it.
    private static (int Years, bool Now, bool FromFirst)? Count(DateScan scan, int sentence, int first, int end)
    {
        if (!scan.SentenceHoldsAny(sentence, CountWordsInText)) return null;
        for (var i = first + 1; i < end; i++)
        {
            if (!CountWords.Contains(scan.Text(i))) continue;
            if (scan.IsWord(i, "anniversary") && Ordinal(scan, i - 1, first) is { } nth) return (nth, false, false);
            // "The 36th running of the race, first held in 1982", "the 46th annual fiesta, first staged in 1972": a yearly
            // edition's number counts from the first, whose year the sentence names.
            if (IsEditionWord(scan, i) && Ordinal(scan, i - 1, first) is { } run && run > 1
                && OrdinalStart(scan, i - 1, first) - 1 is var the && the >= first && (scan.IsWord(the, "the") || scan.IsWord(the, "its"))
                && !IsComing(scan, sentence, the, i))
                return (run - 1, true, true);
            if (scan.IsWord(i, "year") && Ordinal(scan, i - 1, first) is { } edition && edition > 1
                && OrdinalStart(scan, i - 1, first) - 1 is var its && its >= first && scan.IsWord(its, "its") && !IsComing(scan, sentence, its, i))
                return (edition - 1, true, false);
            if (i < first + 2) continue;
            if (scan.IsWord(i, "since") && scan.IsWord(i - 1, "years") && DateMentionFinder.CountAt(scan, i - 2) is { } years)
                return years is > 1 and <= MaxYears ? (years, false, false) : null;
            // "Today marks a year since the fire", "to mark one year since the invasion".
            if (scan.IsWord(i, "since") && scan.IsWord(i - 1, "year") && (scan.IsWord(i - 2, "a") || scan.IsWord(i - 2, "one"))) return (1, false, false);
            if (scan.IsWord(i, "on") && scan.IsWord(i - 1, "years") && DateMentionFinder.CountOrWordAt(scan, i - 2) is { } on
                && i + 1 < end && scan.IsWord(i + 1, "from"))
                return on is > 1 and <= MaxYears ? (on, true, false) : null;
        }
        return null;
    }

    // "The school, which opened in 1874, would close in its 149th year": a coming happening's year, not the story's.
    private static bool IsComing(DateScan scan, int sentence, int from, int to)
    {
        var t = scan.Tokens;
        var mention = new DateMention(new TextSpan(t[from].Start, t[to].End), DateExpression.Calendar(1, 0, 0), sentence, from, to);
        return ClauseTense.Of(scan, mention) is { Tense: Tense.Future, HasVerb: true };
    }

    private const int MaxWordsFromFirst = 6; // "first held in 1982", "first staged by the parish in 2000"

    // "running", "edition", "staging", "annual": a word that numbers a yearly edition after its ordinal.
    private static bool IsEditionWord(DateScan scan, int i) =>
        scan.IsWord(i, "running") || scan.IsWord(i, "edition") || scan.IsWord(i, "staging") || scan.IsWord(i, "annual");

    // Whether "first" stands a few words before the date ("first held in 1982"), with only words between.
    private static bool AfterFirst(DateScan scan, DateMention m) =>
        DateContext.CueBefore(scan, m, MaxWordsFromFirst, static (s, i) => s.IsWord(i, "first"));

    /// <summary>The N of an "Nth anniversary" in the sentence ("the first anniversary of the fire"), or null.</summary>
    internal static int? OrdinalAnniversary(DateScan scan, int sentence)
    {
        var (first, end) = scan.TokensOf(sentence);
        for (var i = first + 1; i < end; i++)
            if (scan.IsWord(i, "anniversary") && Ordinal(scan, i - 1, first) is { } nth) return nth;
        return null;
    }

    // The first token of the ordinal ending at the token ("50" of "50th").
    private static int OrdinalStart(DateScan scan, int i, int first) =>
        i - 1 >= first && scan.Tokens[i - 1].Kind == TokenKind.Number && scan.Tokens[i].Kind == TokenKind.Word && !OrdinalWords.ContainsKey(scan.Text(i).ToString().ToLowerInvariant()) ? i - 1 : i;

    // The ordinal ending at the token ("first", "50th" as "50" "th"), or null.
    private static int? Ordinal(DateScan scan, int i, int first)
    {
        if (OrdinalWords.TryGetValue(scan.Text(i).ToString().ToLowerInvariant(), out var nth)) return nth;
        if (i - 1 < first || scan.Tokens[i - 1].Kind != TokenKind.Number
            || !(scan.IsWord(i, "th") || scan.IsWord(i, "st") || scan.IsWord(i, "nd") || scan.IsWord(i, "rd"))) return null;
        return int.TryParse(scan.Text(i - 1), out var n) && n is > 0 and <= MaxYears ? n : null;
    }

    private static Dictionary<string, int> LoadOrdinals()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in Lexicon.WordList.Lines("dates-ordinal-words"))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            map[parts[0]] = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        return map;
    }

    // The anniversary is the story's own: "marks", "is marking", "gathered yesterday to mark", "celebrates",
    // "commemorates" (not "marked" in 2016).
    private static bool MarksNow(DateScan scan, int first, int end)
    {
        for (var i = first; i < end; i++)
            if (scan.IsWord(i, "marks") || scan.IsWord(i, "marking") || scan.IsWord(i, "mark") || scan.IsWord(i, "celebrates") || scan.IsWord(i, "celebrating")
                || scan.IsWord(i, "commemorates") || scan.IsWord(i, "commemorating"))
                return true;
        return false;
    }
}
