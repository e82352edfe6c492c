using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "voters decide today on budgets for the 2019-20 school year", "the board will set rates for the 2025/26 financial
/// year": a school or fiscal year a present or coming clause plans "for" has not begun, so the story is from the year
/// before it starts (such years start in late summer, or in spring, so the story is in the span's first year or the
/// autumn before).
/// </summary>
internal static class ComingSpan
{
    private const int SpanStartMonth = 8; // a school year's start; a story planning for it comes before
    private const int MaxWordsFromFor = 4; // "for the next fiscal 2019-20"

    /// <summary>The start (1 August of its first year) of the earliest span the narrative plans for, or null.</summary>
    public static DateOnly? Start(DateScan scan)
    {
        int? earliest = null;
        var tokens = scan.Tokens;
        for (var s = 0; s + 1 < scan.SentenceStarts.Length; s++)
        {
            var (first, end) = scan.TokensOf(s);
            for (var i = first + 1; i + 2 < end; i++)
            {
                if (YearToken.SpanStartAt(scan, i) is not { } year || earliest is { } e && year >= e || !AfterFor(scan, i, first)) continue;
                // "The last day of classes for the 2024-25 school year is May 23": a day within the span is SeasonSpanDay's.
                if (scan.IsInsideQuotation(tokens[i].Start) || DatesDay(scan, s)) continue;
                var t = tokens[i];
                var mention = new DateMention(new TextSpan(t.Start, t.End), DateExpression.Calendar(year, 0, 0), s, i, i);
                if (ClauseTense.Of(scan, mention) is not { Tense: Tense.Past, HasVerb: true }) earliest = year;
            }
        }
        return earliest is { } y ? new DateOnly(y, SpanStartMonth, 1) : null;
    }

    // "for the 2019-20", "for its fiscal 2025-26": "for" a few words before, with no comma between.
    private static bool AfterFor(DateScan scan, int i, int first)
    {
        for (var k = i - 1; k >= first && k >= i - MaxWordsFromFor; k--)
        {
            if (scan.Tokens[k].Kind != TokenKind.Word) return false;
            if (scan.IsWord(k, "for")) return true;
        }
        return false;
    }

    // Whether the sentence has a month-and-day date other than the story's own ("today, May 21").
    private static bool DatesDay(DateScan scan, int sentence)
    {
        foreach (var m in scan.Mentions)
            if (m.Sentence == sentence && m.Expression is { Form: DateForm.Calendar, Month: > 0, Day: > 0 }
                && !(m.FirstToken >= 2 && (scan.IsWord(m.FirstToken - 1, "today") || scan.IsWord(m.FirstToken - 2, "today")))) return true;
        return false;
    }
}
