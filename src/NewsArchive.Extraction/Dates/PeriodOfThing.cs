using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "its price cap for April to June", "retail-sales figures for September", "its average for late November": a month
/// after "for" and a noun is the period that thing covers, not a happening. What is arranged for a month ("is
/// scheduled for June", "set a vote for March") still dates what is arranged.
/// </summary>
internal static class PeriodOfThing
{
    private const int ArrangementReach = 5; // "scheduled a second public vote for March"

    public static bool Is(DateScan scan, DateMention mention)
    {
        // ("its budget for 2024", "the order book for 2026": a year alike.)
        if (mention.Expression is not { Form: DateForm.Calendar, Day: 0 } || mention.Expression is { Month: 0, Year: 0 }) return false;
        var (first, _) = scan.TokensOf(mention.Sentence);
        var i = mention.FirstToken - 1;
        if (i >= first && (scan.IsWord(i, "early") || scan.IsWord(i, "late") || scan.IsWord(i, "mid"))) i--;
        if (i - 1 < first || !scan.IsWord(i, "for")) return false;
        var noun = i - 1;
        if (scan.Tokens[noun].Kind != TokenKind.Word) return false;
        var word = scan.Text(noun);
        // "Player of the Month for March": a capitalised title names the thing too; "waited for March", "only for June", "aiming for May" do not.
        if (ClauseTense.IsPastVerb(scan, noun) || DateWords.Prepositions.Contains(word) || word.EndsWith("ly", StringComparison.Ordinal)
            || word.EndsWith("ing", StringComparison.Ordinal)) return false;
        for (var k = noun; k >= first && k >= noun - ArrangementReach; k--)
        {
            if (scan.Tokens[k].Kind == TokenKind.Symbol && scan.Body[scan.Tokens[k].Start] is ',' or ';' or ':' or '—' or '–') break;
            if (scan.Tokens[k].Kind == TokenKind.Word && DateWords.ArrangementVerbs.Contains(scan.Text(k))) return false;
        }
        return true;
    }
}
