using System.Collections.Frozen;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// The days an office holder named with the title allows the story (see Lexicon/Data/dates-office-holders.txt):
/// "President Trump said", "Taoiseach Leo Varadkar will travel" put the story within the holder's term (either of two
/// terms: the caller keeps those the rest of the evidence allows); "then-Attorney General Jeff Sessions" only after the
/// term began; "former Prime Minister Theresa May", "shadow chancellor Rachel Reeves" nothing.
/// </summary>
internal static class OfficeHolderBounds
{
    private const int SlackDays = 1; // a story on the successor's first day, or the next morning's edition
    private const int MaxPrefix = 5; // "then-U.S. Attorney General", "Britain's former Prime Minister"

    private enum Standing { Holding, Then, Not }

    // Words before a title that say the holder does not hold it at the story's time: "former President Obama",
    // "ex-Prime Minister", "shadow chancellor", "deputy First Minister", "incoming mayor".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotHoldingWords = FrozenSet.ToFrozenSet(
        ["former", "ex", "late", "shadow", "deputy", "future", "next", "incoming", "would", "prospective", "candidate", "onetime", "one-time", "erstwhile"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The windows (one per term) of the story's day the holder allows; empty when the mention says nothing.</summary>
    public static DateWindow[] Read(DateScan scan, KnownEventMention m, List<KnownEventMention> all)
    {
        var (first, _) = scan.TokensOf(m.Sentence);
        var standing = StandingOf(scan, m, first);
        if (standing == Standing.Not) return [];
        // "In 2003, President Bush ordered the invasion": a holder in a sentence dated by its year is history, not the
        // story's time.
        if (standing == Standing.Holding && HasYear(scan, m.Sentence)) return [];
        // "President Obama … President Trump" both as holding the one office: a story across terms says nothing of its own.
        if (standing == Standing.Holding)
            foreach (var other in all)
                if (other.Name.Holder is { } h && m.Name.Holder is { } own && h.Office == own.Office && h.Holder != own.Holder
                    && !scan.IsInsideQuotation(scan.Tokens[other.FirstToken].Start) && StandingOf(scan, other, scan.TokensOf(other.Sentence).First) == Standing.Holding)
                    return [];
        var terms = m.Name.Occasions;
        var windows = new DateWindow[terms.Length];
        for (var k = 0; k < terms.Length; k++)
        {
            var t = terms[k];
            windows[k] = new DateWindow(t.First, standing == Standing.Then || t.Last == DateOnly.MaxValue ? null : t.Last.AddDays(SlackDays));
        }
        return windows;
    }

    // Whether the words just before the title say the holder holds the office, held it then, or neither; country words
    // and possessives between are read past ("then-U.S. Attorney General", "Britain's former prime minister").
    private static Standing StandingOf(DateScan scan, KnownEventMention m, int first)
    {
        for (var i = m.FirstToken - 1; i >= first && i >= m.FirstToken - MaxPrefix; i--)
        {
            var t = scan.Tokens[i];
            if (t.Kind == TokenKind.Word)
            {
                var word = scan.Text(i);
                if (word.Equals("then", StringComparison.OrdinalIgnoreCase)) return Standing.Then;
                if (NotHoldingWords.Contains(word)) return Standing.Not;
                if (char.IsUpper(scan.Body[t.Start]) || word is "s") continue;
                return Standing.Holding;
            }
            if (!(scan.IsSymbol(i, '-') || scan.IsSymbol(i, '.') || scan.IsSymbol(i, '\'') || scan.IsSymbol(i, '’'))) return Standing.Holding;
        }
        return Standing.Holding;
    }

    private static bool HasYear(DateScan scan, int sentence)
    {
        foreach (var d in scan.Mentions)
        {
            if (d.Sentence > sentence) break;
            if (d.Sentence == sentence && d.Expression.Year > 0 && !d.Expression.YearRelative) return true;
        }
        return false;
    }
}
