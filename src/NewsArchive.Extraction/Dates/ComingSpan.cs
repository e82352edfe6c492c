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

    /// <summary>The start of the earliest span the narrative plans for (1 August of a school year's first year; a fiscal
    /// year's stated start, else 1 October of the year before the one it is named by), or null.</summary>
    public static DateOnly? Start(DateScan scan) => Find(scan)?.Start;

    /// <summary>
    /// The start of the earliest span the narrative plans for, and the first day the story may fall on: a year before
    /// the start, or, when the start is written as a coming day without its year ("which begins July 1"), the first of
    /// January of its year (news writes a day's year only when it is not the story's own: a coming "Jan. 1" may be
    /// written in the December before, so a start in the year's first two months allows the year before); null when
    /// there is none. Stated: the start was written as a coming day, so the first day holds even when no finished
    /// happening tells it.
    /// </summary>
    public static (DateOnly Start, DateOnly From, bool Stated)? Find(DateScan scan)
    {
        DateOnly? earliest = null;
        var fromStated = false;
        var tokens = scan.Tokens;
        for (var s = 0; s + 1 < scan.SentenceStarts.Length; s++)
        {
            var (first, end) = scan.TokensOf(s);
            for (var i = first + 1; i < end; i++)
            {
                // Both spans below are named by a four-digit year at the token: the rest are passed over at once.
                if (tokens[i].Kind != TokenKind.Number || tokens[i].Length != 4) continue;
                // "for fiscal year 2025, which begins July 1", "the 2024-25 school year, which begins July 1": a start
                // the narrative states as coming, whatever the tense of the clause that names the span.
                DateOnly? start = null;
                var stated = false;
                if (i + 2 < end && YearToken.SpanStartAt(scan, i) is { } year)
                {
                    if (StatedStart(scan, s, i + 2, year, year + 1) is { } day) (start, stated) = (day, true);
                    // "The last day of classes for the 2024-25 school year is May 23": a day within the span is SeasonSpanDay's.
                    else if (!DatesDay(scan, s)) start = new DateOnly(year, SpanStartMonth, 1);
                }
                // "fiscal year 2025": a US fiscal year is named by the year it ends in, and starts in the one before
                // (on a day the text must state: federal budgets are often passed after theirs has begun).
                else if (FiscalYearAt(scan, i, first) is { } named && StatedStart(scan, s, i, named - 1, named) is { } day) (start, stated) = (day, true);
                if (start is not { } st || earliest is { } e && st >= e || scan.IsInsideQuotation(tokens[i].Start)) continue;
                if (stated) { (earliest, fromStated) = (st, true); continue; }
                if (!AfterFor(scan, i, first)) continue;
                var t = tokens[i];
                var mention = new DateMention(new TextSpan(t.Start, t.End), DateExpression.Calendar(st.Year, 0, 0), s, i, i);
                if (ClauseTense.Of(scan, mention) is not { Tense: Tense.Past, HasVerb: true }) (earliest, fromStated) = (st, false);
            }
        }
        if (earliest is not { } found) return null;
        return (found, fromStated && found.Month > LateWinterMonth ? new DateOnly(found.Year, 1, 1) : found.AddYears(-1), fromStated);
    }

    private const int LateWinterMonth = 2;

    // "fiscal 2026", "fiscal year 2025": a US fiscal year is named by the calendar year it ends in; the year, or null.
    private static int? FiscalYearAt(DateScan scan, int i, int first)
    {
        if (scan.Tokens[i].Kind != TokenKind.Number || scan.Tokens[i].Length != 4 || i - 1 < first) return null;
        var word = scan.IsWord(i - 1, "year") && i - 2 >= first ? i - 2 : i - 1;
        if (!scan.IsWord(word, "fiscal") || !int.TryParse(scan.Text(i), out var year) || year < 1900) return null;
        return year;
    }

    // "…, which begins July 1", "that starts Oct. 1": the start day a present clause right after the span states, in the
    // span's first year (a year-long span named by the year it ends in starts then only on January 1); else null.
    private static DateOnly? StatedStart(DateScan scan, int sentence, int last, int firstYear, int endYear)
    {
        foreach (var m in scan.Mentions)
        {
            if (m.Sentence != sentence || m.FirstToken <= last) continue;
            if (m.FirstToken > last + MaxWordsToStart) break;
            if (m.Expression is { Form: DateForm.Calendar, Month: > 0, Day: > 0 } e && (e.Year == 0 || e.FromPrevious) && StartsBefore(scan, m.FirstToken))
            {
                var year = e is { Month: 1, Day: 1 } ? endYear : firstYear;
                return DateMentionFinder.IsValid(year, e.Month, e.Day) ? new DateOnly(year, e.Month, e.Day) : null;
            }
        }
        return null;
    }

    private static bool StartsBefore(DateScan scan, int at) =>
        at >= 1 && (scan.IsWord(at - 1, "begins") || scan.IsWord(at - 1, "starts") || scan.IsWord(at - 1, "on") && at >= 2
            && (scan.IsWord(at - 2, "begins") || scan.IsWord(at - 2, "starts")));

    private const int MaxWordsToStart = 8; // "the 2021-22 school year, which starts on Aug. 16"

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
