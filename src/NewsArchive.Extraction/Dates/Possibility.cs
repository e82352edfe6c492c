using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "work that could start in 2027 if the state approves", "a measure that could go before voters in November 2026",
/// "could face tighter controls from April": what "could" or "might" happen then is a possibility the story weighs, not a
/// happening ("could not attend on Monday" told what did not happen, and stays for the clause reader).
/// </summary>
internal static class Possibility
{
    private const int Reach = 12; // words from the modal to the date

    public static bool Is(DateScan scan, DateMention mention)
    {
        var (first, _) = scan.TokensOf(mention.Sentence);
        for (var i = mention.FirstToken - 1; i >= first && i >= mention.FirstToken - Reach; i--)
        {
            var t = scan.Tokens[i];
            if (t.Kind == TokenKind.Symbol && scan.Body[t.Start] is ',' or ';' or ':' or '—' or '–' or '"' or '“' or '”' or '(') return false;
            if (t.Kind != TokenKind.Word) continue;
            // ("whether it could hold its margins when the cap changes on July 1": a "when" clause tells a fact.)
            if (DateWords.Subordinators.Contains(scan.Text(i)) || scan.IsWord(i, "when")) return false;
            if (!(scan.IsWord(i, "could") || scan.IsWord(i, "might"))) continue;
            var next = i + 1;
            return !(scan.IsWord(next, "not") || scan.IsWord(next, "have") || scan.IsSymbol(next, '\'') || scan.IsSymbol(next, '’')
                     || scan.IsWord(next, "never"));
        }
        return false;
    }
}
