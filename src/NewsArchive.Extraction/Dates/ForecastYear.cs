using NewsArchive.Extraction.Lexicon;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "said it now expected operating profit of between £210m and £225m for 2024", "had forecast 2025 organic sales
/// growth of 1% to 2%", "kept its 2025 outlook", "cut its 2019 revenue forecast": the year a forecast is for is not over, and a company forecasts the
/// year it is in (annual guidance comes with the last year's results and is revised through the year), so the story's
/// year is that year.
/// </summary>
internal static class ForecastYear
{
    private const int MaxWordsBack = 30; // "expected adjusted operating profit of between 210 million and 225 million pounds … for 2024"

    private static readonly FilteredWords ForecastWords = new(WordList.Set("dates-forecast-words", StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// The earliest year a narrative forecast is for, between <paramref name="lowest"/> and <paramref name="highest"/>
    /// (the years the other evidence allows), or null. The tokens are read, not the date mentions: a year before a noun
    /// ("forecast 2025 organic sales growth") dates no happening, so it is no mention.
    /// </summary>
    public static int? Find(DateScan scan, int lowest, int highest)
    {
        int? found = null;
        for (var s = 0; s + 1 < scan.SentenceStarts.Length; s++)
        {
            var (first, end) = scan.TokensOf(s);
            for (var i = first; i < end; i++)
            {
                if (YearToken.At(scan, i) is not { } year || year < lowest || year > highest || found is { } f && year >= f) continue;
                if (IsForecastYear(scan, i, first, end) && !scan.IsInsideQuotation(scan.Tokens[i].Start)) found = year;
            }
        }
        return found;
    }

    /// <summary>Whether the mention is a bare year that a forecast is for ("profit for 2024", "forecast 2025 sales").</summary>
    public static bool Is(DateScan scan, DateMention m)
    {
        if (m.Expression is not { Form: DateForm.Calendar, Year: > 0, Month: 0, YearRelative: false } || m.FirstToken != m.LastToken) return false;
        var (first, end) = scan.TokensOf(m.Sentence);
        return IsForecastYear(scan, m.FirstToken, first, end);
    }

    private static bool IsForecastYear(DateScan scan, int i, int first, int end)
    {
        // "forecast 2025 sales growth", "its 2025 outlook", "2025 guidance".
        if (i - 1 >= first && IsForecastWord(scan, i - 1) || i + 1 < end && IsForecastWord(scan, i + 1)) return true;
        // "cut its 2019 revenue forecast", "raised its 2024 sales guidance": the forecast of a figure named after the year.
        if (i + 2 < end && scan.Tokens[i + 1].Kind == TokenKind.Word && char.IsLower(scan.Body[scan.Tokens[i + 1].Start])
            && IsForecastWord(scan, i + 2)) return true;
        if (i - 1 < first || !scan.IsWord(i - 1, "for")) return false;
        // "for 2024 candidates" names a thing by its year, not the period of a figure.
        if (i + 1 < end && scan.Tokens[i + 1].Kind == TokenKind.Word && char.IsLower(scan.Body[scan.Tokens[i + 1].Start])
            && !scan.IsWord(i + 1, "and") && !scan.IsWord(i + 1, "or")) return false;
        // "expected … profit of … for 2024": a forecast word earlier in the clause ("as expected, sales for 2023 fell" has
        // its own).
        for (var k = i - 2; k >= first && k >= i - MaxWordsBack; k--)
        {
            if (scan.IsSymbol(k, ';') || scan.IsSymbol(k, ':') || scan.IsSymbol(k, '—') || scan.IsSymbol(k, ',')) return false;
            if (IsForecastWord(scan, k)) return true;
        }
        return false;
    }

    private static bool IsForecastWord(DateScan scan, int i) => scan.Tokens[i].Kind == TokenKind.Word && ForecastWords.Contains(scan.Text(i));
}
