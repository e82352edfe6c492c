using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Events;

/// <summary>
/// "fired the coach on Monday, two days after a home loss dropped the team to 2-8", "The row comes two years after the
/// neighbouring council dropped a similar plan": a happening told only by how long before another it was is dated by
/// counting back from that one — the sentence's own date, or for "comes"/"came" without one, the story's happening.
/// Vague distances ("less than a year after") and weeks (no week precision) date nothing; a happening whose date the
/// article already tells adds nothing.
/// </summary>
internal static class EarlierHappening
{
    private const int MaxCount = 60;
    private const int MaxClauseWords = 14; // words after "after" read for the earlier happening's verb

    /// <summary>The events with the earlier happenings added after their sentence's events; the list itself when none.</summary>
    /// <param name="scan">The article's tokens and date mentions.</param>
    /// <param name="sentences">The article's sentences.</param>
    /// <param name="events">The events in body order.</param>
    /// <param name="reference">The publication day, if known.</param>
    /// <param name="make">Builds an event for a date in a sentence.</param>
    public static List<ExtractedEvent> With(DateScan scan, IReadOnlyList<Sentence> sentences, List<ExtractedEvent> events,
        DateOnly? reference, Func<int, PartialDate, ExtractedEvent> make)
    {
        List<ExtractedEvent>? result = null;
        for (var s = 0; s < sentences.Count; s++)
        {
            if (!scan.SentenceHolds(s, "after")) continue;
            var (first, end) = scan.TokensOf(s);
            for (var i = first + 2; i < end; i++)
            {
                if (!scan.IsWord(i, "after") || Earlier(scan, s, first, end, i, events, sentences[s].Span, reference) is not { } date) continue;
                if (Dates(result ?? events, date)) break;
                result ??= [.. events];
                result.Insert(LastStartingBy(result, sentences[s].Span.Start) + 1, make(s, date));
                break;
            }
        }
        return result ?? events;
    }

    // Loops, not lambdas: a lambda over the loop's date allocated its closure at every token of every sentence.
    private static bool Dates(List<ExtractedEvent> events, PartialDate date)
    {
        foreach (var e in events)
            if (e.Date == date) return true;
        return false;
    }

    private static int LastStartingBy(List<ExtractedEvent> events, int position)
    {
        for (var k = events.Count - 1; k >= 0; k--)
            if (events[k].Span.Start <= position) return k;
        return -1;
    }

    private static PartialDate? Earlier(DateScan scan, int sentence, int first, int end, int after, List<ExtractedEvent> events,
        TextSpan span, DateOnly? reference)
    {
        if (after - 3 < first || scan.IsInsideQuotation(scan.Tokens[after].Start)) return null;
        var count = DateMentionFinder.CountAt(scan, after - 2);
        if (count is not (> 0 and <= MaxCount)) return null;
        if (DateMentionFinder.UnitAt(scan, after - 1, plural: count != 1) is not { } unit || unit == RelativeUnit.Week) return null;
        var before = after - 3;
        if (scan.IsWord(before, "exactly") || scan.IsWord(before, "just") || scan.IsWord(before, "only")) before--;
        if (before >= first && DateWords.VagueAmountWords.Contains(scan.Text(before))) return null;
        if (!HasPastVerbBeforeDate(scan, sentence, after, end)) return null;

        PartialDate? anchor = null;
        foreach (var e in events)
            if (e.Span == span) { anchor = e.Date; break; }
        if (anchor is null && before >= first && reference is { } today)
        {
            if (scan.IsWord(before, "comes") || scan.IsWord(before, "come")) anchor = PartialDate.OfDay(today);
            else if (scan.IsWord(before, "came") && events.Count > 0 && events[0].Date.Precision == DatePrecision.Day
                     && events[0].Date.Start <= today) anchor = events[0].Date;
        }
        if (anchor is not { } from) return null;
        return unit switch
        {
            RelativeUnit.Day when from.Precision == DatePrecision.Day => PartialDate.OfDay(from.Start.AddDays(-count.Value)),
            RelativeUnit.Month when from.Precision >= DatePrecision.Month => PartialDate.OfMonth(from.Start.AddMonths(-count.Value).Year, from.Start.AddMonths(-count.Value).Month),
            RelativeUnit.Year => PartialDate.OfYear(from.Start.Year - count.Value),
            _ => null,
        };
    }

    // "after a home loss dropped the team …", "after the university announced a gift": the earlier happening has its
    // own past verb, and no date of its own (else that date tells when it was).
    private static bool HasPastVerbBeforeDate(DateScan scan, int sentence, int after, int end)
    {
        var stop = Math.Min(end, after + 1 + MaxClauseWords);
        foreach (var m in scan.Mentions)
            if (m.Sentence == sentence && m.FirstToken > after) return false;
        var past = false;
        for (var i = after + 1; i < stop && !DateContext.IsClauseBreak(scan, i) && !scan.IsSymbol(i, ','); i++)
            past |= ClauseTense.IsPastVerb(scan, i);
        return past;
    }
}
