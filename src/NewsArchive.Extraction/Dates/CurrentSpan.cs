using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "can stay remote through the end of the 2020-21 school year", "no snow days left on the 2024-25 calendar", "on the
/// first day of the 2021-22 school year": a school or fiscal year the narrative tells as the one under way holds the
/// story, so its years bound the story's (from the summer before its first autumn to the summer of its second year).
/// A span told as last, next or planned "for" is not the current one (see <see cref="ComingSpan"/>).
/// </summary>
internal static class CurrentSpan
{
    private const int MaxWordsBefore = 4; // "through the end of the 2020-21", "the first day of the 2021-22"
    private const int FirstMonth = 6; // plans for the year under way are told from June
    private const int LastMonth = 7; // the year's last summer month

    /// <summary>
    /// Narrows the story's earliest and latest possible days to the one span the narrative tells as current, and returns
    /// the first day it allows (which no finished happening tells), or null when there is none.
    /// </summary>
    public static DateOnly? Narrow(DateScan scan, ref DateOnly? earliest, ref DateOnly today)
    {
        if (Find(scan) is not var (year, coming)) return null;
        // "before the start of the 2018-19 school year in August": the story is in the year before it.
        var from = coming ? new DateOnly(year - 1, FirstMonth, 1) : new DateOnly(year, FirstMonth, 1);
        var to = coming ? new DateOnly(year, LastMonth + 1, 31) : new DateOnly(year + 1, LastMonth, 31);
        // Evidence against the span (finished happenings after it, a latest day before it) means it was misread.
        if (from > today || earliest is { } e && e > to) return null;
        if (earliest is not { } e0 || e0 < from) earliest = from;
        if (to < today) today = to;
        return from;
    }

    private enum Cue
    {
        Span, // "through the end of", "during the", "this": the span as a whole
        Day, // "the first day of", "on the … calendar": a day within it
        Start, // "before the start of", "at the beginning of" in a clause still to come: the span lies ahead
    }

    // The first year of the one span told as current or as about to start (two different ones leave nothing), or null.
    private static (int Year, bool Coming)? Find(DateScan scan)
    {
        (int Year, bool Coming)? found = null;
        var tokens = scan.Tokens;
        for (var s = 0; s + 1 < scan.SentenceStarts.Length; s++)
        {
            var (first, end) = scan.TokensOf(s);
            for (var i = first; i + 2 < end; i++)
            {
                if (YearToken.SpanStartAt(scan, i) is not { } year || scan.IsInsideQuotation(tokens[i].Start) || ToldCurrent(scan, i, first, end) is not { } cue) continue;
                // "Students stayed remote through the end of the 2020-21 school year" is told from after it; a day of the
                // span ("Sept. 1, the first day of the 2021-22 school year, buses ran late") is the news itself.
                var mention = new DateMention(new TextSpan(tokens[i].Start, tokens[i].End), DateExpression.Calendar(year, 0, 0), s, i, i);
                if (cue != Cue.Day && ClauseTense.Of(scan, mention) is { Tense: Tense.Past, HasVerb: true }) continue;
                if (found is { } other && other != (year, cue == Cue.Start)) return null;
                found = (year, cue == Cue.Start);
            }
        }
        return found;
    }

    private static bool IsStartVerb(DateScan scan, int k) =>
        scan.IsWord(k, "start") || scan.IsWord(k, "starts") || scan.IsWord(k, "begin") || scan.IsWord(k, "begins") || scan.IsWord(k, "open")
        || scan.IsWord(k, "opens");

    // Whether the words before the span ("through the end of the", "the first day of the") or the noun after it
    // ("calendar") tell the span under way, and none tells another one ("last", "next", "for", "start").
    private static Cue? ToldCurrent(DateScan scan, int i, int first, int end)
    {
        Cue? current = i + 3 < end && scan.IsWord(i + 3, "calendar") ? Cue.Day : null;
        for (var k = i - 1; k >= first && k >= i - MaxWordsBefore; k--)
        {
            if (scan.Tokens[k].Kind != TokenKind.Word) break;
            // "before the start of the 2018-19 school year", "ahead of the beginning of the 2025-26 season".
            if ((scan.IsWord(k, "start") || scan.IsWord(k, "beginning")) && k == i - 3 && scan.IsWord(i - 2, "of") && scan.IsWord(i - 1, "the"))
                return k - 1 >= first && (scan.IsWord(k - 1, "since") || scan.IsWord(k - 1, "after") || scan.IsWord(k - 1, "from")) ? null : Cue.Start;
            // "will start the 2023-24 school year short of drivers", "as pupils begin the 2025/26 year": the span's start
            // as the clause's own happening (told as over, it is left, as every span in a finished clause is).
            if (k == i - 2 && scan.IsWord(i - 1, "the") && IsStartVerb(scan, k)) return Cue.Start;
            if (scan.IsWord(k, "last") || scan.IsWord(k, "previous") || scan.IsWord(k, "past") || scan.IsWord(k, "next") || scan.IsWord(k, "coming")
                || scan.IsWord(k, "upcoming") || scan.IsWord(k, "for") || scan.IsWord(k, "start") || scan.IsWord(k, "since") || scan.IsWord(k, "before")
                || scan.IsWord(k, "after")) return null;
            if (scan.IsWord(k, "end") || scan.IsWord(k, "rest") || scan.IsWord(k, "remainder") || scan.IsWord(k, "through") || scan.IsWord(k, "throughout")
                || scan.IsWord(k, "during") || scan.IsWord(k, "this") || scan.IsWord(k, "current")) current ??= Cue.Span;
            if (scan.IsWord(k, "day") || scan.IsWord(k, "week")) current = Cue.Day;
        }
        return current;
    }
}
