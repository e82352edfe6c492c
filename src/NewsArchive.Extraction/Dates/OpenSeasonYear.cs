using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "with the 2025 Atlantic hurricane season starting Sunday", "The 2026 marching season continues with …", "forecasters
/// have called for an above-normal 2024 hurricane season": a season or edition named by its year and told as under way or
/// to come is not over, so the story is of that year or an earlier one (a speaker's "the 2023 season doesn't end until
/// next Thursday" says as much: what a speaker tells as present is the story's present).
/// </summary>
internal static class OpenSeasonYear
{
    private const int MaxWordsToNoun = 3; // "2025 Atlantic hurricane season"
    private const int MaxWordsToFor = 6; // "called for an above-normal 2024 … season"

    /// <summary>The earliest year of a season or edition the text tells as under way or to come, or null.</summary>
    public static int? Earliest(DateScan scan)
    {
        int? found = null;
        for (var s = 0; s + 1 < scan.SentenceStarts.Length; s++)
        {
            var (first, end) = scan.TokensOf(s);
            for (var i = first; i < end; i++)
            {
                if (YearToken.At(scan, i) is not { } year || found is { } f && year >= f || !NamesEdition(scan, i, end)) continue;
                if (IsOpen(scan, s, i, year, first)) found = year;
            }
        }
        return found;
    }

    // "2025 Atlantic hurricane season", "2026 marching season", "2024 eclipse": an edition noun within a few words after.
    private static bool NamesEdition(DateScan scan, int i, int end)
    {
        for (var k = i + 1; k < end && k <= i + MaxWordsToNoun; k++)
        {
            if (scan.Tokens[k].Kind != TokenKind.Word) return false;
            if (DateWords.EditionNouns.Contains(scan.Text(k))) return true;
        }
        return false;
    }

    // Told in a coming or present clause (no past verb), or as what a forecast or plan is "for" ("have called for an
    // above-normal 2024 … season"); not "has not won since the 2019 season".
    private static bool IsOpen(DateScan scan, int sentence, int i, int year, int first)
    {
        var t = scan.Tokens[i];
        var mention = new DateMention(new TextSpan(t.Start, t.End), DateExpression.Calendar(year, 0, 0), sentence, i, i);
        var reading = ClauseTense.Of(scan, mention, quoted: scan.IsInsideQuotation(t.Start));
        if (reading.Tense == Tense.Future || !reading.HasVerb) return true;
        if (!reading.Perfect) return false;
        for (var k = i - 1; k >= first && k >= i - MaxWordsToFor && !scan.IsSymbol(k, ','); k--)
            if (scan.IsWord(k, "for")) return true;
        return false;
    }
}
