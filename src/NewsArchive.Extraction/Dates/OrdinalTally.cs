using System.Collections.Frozen;
using NewsArchive.Extraction.Lexicon;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "The shooting is the third involving city officers in 2026", "Hartwell is the fourth carrier to fail in 2026": a
/// year after "is the Nth …" is the period a tally counts over, not when the happening took place (the story dates
/// that elsewhere).
/// </summary>
internal static class OrdinalTally
{
    private const int Reach = 14; // words from "is the third" to the year

    private static readonly FilteredWords Ordinals = new(new[]
    {
        "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latest",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    public static bool Is(DateScan scan, DateMention mention)
    {
        if (mention.Expression is not { Form: DateForm.Calendar, Month: 0, Year: > 0 }) return false;
        var (first, _) = scan.TokensOf(mention.Sentence);
        for (var i = mention.FirstToken - 1; i - 2 >= first && i >= mention.FirstToken - Reach; i--)
        {
            var t = scan.Tokens[i];
            if (t.Kind == TokenKind.Symbol && scan.Body[t.Start] is ',' or ';' or ':' or '—' or '–') return false;
            if (t.Kind == TokenKind.Word && Ordinals.Contains(scan.Text(i)) && scan.IsWord(i - 1, "the"))
                return scan.IsWord(i - 2, "is") || scan.IsWord(i - 2, "was") || scan.IsWord(i - 2, "are") || scan.IsWord(i - 2, "were")
                    || scan.IsWord(i - 2, "be");
        }
        return false;
    }
}
