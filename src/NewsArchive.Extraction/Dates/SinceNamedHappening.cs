using System.Collections.Frozen;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "the strongest storm since Ophelia in October 2017", "the first red warning since Storm Debi in November 2023", "a
/// record that had stood since the Great Storm of October 1987", "living with uncertainty since the referendum in June
/// 2016": after "since", a happening named by its noun and then dated is the previous one of its kind, a happening the
/// reader is reminded of, whatever the clause around it does (a possibility, a state that lasts, a speaker's perfect).
/// A loose point ("since the start of 2023", "since the fall of 2019") and a law named by its year ("the Act of 2007")
/// are no happenings; a clause after "since" ("since the line opened in 1994") is read by its own verb.
/// </summary>
internal static class SinceNamedHappening
{
    private const int MaxNounWords = 5; // "since the last big runoff year in"

    // Heads of a loose point in time, no happening: "since the start of 2023", "since the fall of 2019".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LoosePoints = FrozenSet.ToFrozenSet(
        ["start", "beginning", "end", "middle", "turn", "spring", "summer", "autumn", "fall", "winter", "time", "days", "era"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that show a clause or a record after "since", not a named happening: "since it opened in 1994", "since
    // there was a vote in 2019", "since records began in 1884".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotHappeningWords = FrozenSet.ToFrozenSet(
        ["it", "he", "she", "they", "we", "i", "you", "there", "then", "records", "record"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the date closes a "since" + noun phrase of a happening + "in"/"of".</summary>
    public static bool Is(DateScan scan, DateMention mention)
    {
        if (mention.Expression is not { Form: DateForm.Calendar, Year: > 0 }) return false;
        var (first, _) = scan.TokensOf(mention.Sentence);
        var link = mention.FirstToken - 1;
        if (link - 2 < first || !(scan.IsWord(link, "in") || scan.IsWord(link, "of"))) return false;
        var head = link - 1;
        if (scan.Tokens[head].Kind != TokenKind.Word || LoosePoints.Contains(scan.Text(head))) return false;
        // "the Great Storm of October 1987", "the big freeze of 2010": "of" dates only a noun of happening.
        if (scan.IsWord(link, "of") && !DateWords.IsEventNoun(scan.Text(head))) return false;
        for (var i = head; i >= first && i >= head - MaxNounWords; i--)
        {
            if (scan.IsWord(i, "since")) return i < head;
            var t = scan.Tokens[i];
            if (t.Kind != TokenKind.Word && !scan.IsSymbol(i, '-') && !scan.IsSymbol(i, '\'') && !scan.IsSymbol(i, '’')) return false;
            if (t.Kind == TokenKind.Word && (NotHappeningWords.Contains(scan.Text(i)) || ClauseTense.IsPastVerb(scan, i))) return false;
        }
        return false;
    }
}
