using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "the 2020 parade was called off … and the 2021 event was held online": an edition named by its year and told as over
/// in the narrative. A story on a yearly day (a holiday's parade "today") is of a later edition than those it tells as
/// past, as "compared with Boxing Day 2022" is (see HolidayToday).
/// </summary>
internal static class PastEditionYear
{
    private const int MaxWordsToNoun = 3; // "the 2021 St Patrick's festival"

    /// <summary>The latest year of an edition the narrative tells as over, or null.</summary>
    public static int? Latest(DateScan scan)
    {
        int? latest = null;
        for (var s = 0; s + 1 < scan.SentenceStarts.Length; s++)
        {
            var (first, end) = scan.TokensOf(s);
            for (var i = first + 1; i < end; i++)
            {
                if (!scan.IsWord(i - 1, "the") || YearToken.At(scan, i) is not { } year || latest is { } l && year <= l) continue;
                if (!NamesEdition(scan, i, end) || scan.IsInsideQuotation(scan.Tokens[i].Start)) continue;
                var t = scan.Tokens[i];
                var mention = new DateMention(new TextSpan(t.Start, t.End), DateExpression.Calendar(year, 0, 0), s, i, i);
                if (ClauseTense.Of(scan, mention) is { Tense: Tense.Past, HasVerb: true, Perfect: false }) latest = year;
            }
        }
        return latest;
    }

    // "2021 event", "2020 parade": an edition noun (or "event") within a few words after the year.
    private static bool NamesEdition(DateScan scan, int i, int end)
    {
        for (var k = i + 1; k < end && k <= i + MaxWordsToNoun; k++)
        {
            if (scan.Tokens[k].Kind != TokenKind.Word) return false;
            if (DateWords.EditionNouns.Contains(scan.Text(k)) || scan.IsWord(k, "event")) return true;
        }
        return false;
    }
}
