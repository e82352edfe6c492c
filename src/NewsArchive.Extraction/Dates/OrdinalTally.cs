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
        if (IsStreak(scan, mention)) return true;
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

    // "Gaming win declined for a fourth straight month in August": the latest month of a streak a figure measures.
    private static bool IsStreak(DateScan scan, DateMention mention)
    {
        if (mention.Expression is not { Form: DateForm.Calendar, Day: 0 }) return false;
        var (first, _) = scan.TokensOf(mention.Sentence);
        var i = mention.FirstToken - 1;
        if (i - 4 < first || !scan.IsWord(i, "in")) return false;
        if (!(scan.IsWord(i - 1, "month") || scan.IsWord(i - 1, "year") || scan.IsWord(i - 1, "quarter"))) return false;
        if (!(scan.IsWord(i - 2, "straight") || scan.IsWord(i - 2, "consecutive") || scan.IsWord(i - 2, "successive"))) return false;
        return Ordinals.Contains(scan.Text(i - 3)) && (scan.IsWord(i - 4, "a") || scan.IsWord(i - 4, "the"));
    }
}
