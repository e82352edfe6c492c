using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "The fight comes a little more than a year after the board shelved the plan in November 2024", "The 2024 parade came
/// a year after organisers reversed the route change in April 2023": what is told as so many years or months after a
/// dated happening falls about that long after it. Told as the story's own time (a present "comes", or a lead that opens
/// with it: "Nearly two years after the January 2024 closure, pupils are back"), that is the story's year; told of a past
/// happening, the story comes that long after the date at the earliest.
/// </summary>
internal static class IntervalYear
{
    private const int MaxWordsToDate = 24;
    private const int LeadSentences = 2;
    private const int MaxMonths = 600;

    /// <param name="Earliest">The first day the story can be, by the shortest reading of every such interval.</param>
    /// <param name="StoryYear">The year of the first such interval told as the story's own time, if any.</param>
    public readonly record struct Reading(DateOnly Earliest, int? StoryYear);

    /// <summary>The reading of the narrative's intervals after dated happenings, or null without one.</summary>
    public static Reading? Find(DateScan scan)
    {
        DateOnly? earliest = null;
        int? storyYear = null;
        var mentions = scan.Mentions;
        for (var j = 0; j < mentions.Count; j++)
        {
            var m = mentions[j];
            var e = m.Expression;
            if (e is not { Form: DateForm.Calendar, Year: > 0, YearRelative: false } || DateContext.IsInsideQuotation(scan, m)) continue;
            if (Interval(scan, m) is not { } interval || !FirstDatedAfter(mentions, j, interval.After)) continue;
            var months = interval.Unit == RelativeUnit.Year ? interval.Count * 12 : interval.Count;
            // Shortest: from the first day the date allows, less the slack "nearly" leaves.
            var from = new DateOnly(e.Year, Math.Max(e.Month, 1), Math.Max(e.Day, 1));
            var shortest = from.AddMonths(months - (interval.Short ? Math.Max(1, months / 6) : 0));
            if (earliest is null || shortest > earliest) earliest = shortest;
            if (!interval.Now || storyYear is not null) continue;
            // Likeliest: from the middle of the month or year the date names, moved a month for "nearly" or "more than".
            var middle = e.Day > 0 ? from : e.Month > 0 ? from.AddDays(14) : new DateOnly(e.Year, 7, 1);
            storyYear = middle.AddMonths(months + (interval.Short ? -1 : interval.Long ? 1 : 0)).Year;
        }
        return earliest is { } first ? new Reading(first, storyYear) : null;
    }

    // Reads back from the date to "[nearly] N years|months after" in its sentence, with no clause break in between.
    // Whether a modal or future word ("will", "could", "is due", "expected") stands in the clause before the interval.
    private static bool IsComing(DateScan scan, int first, int k)
    {
        for (var i = k; i >= first && i > k - MaxWordsToDate; i--)
        {
            if (scan.Tokens[i].Kind == TokenKind.Symbol && scan.Body[scan.Tokens[i].Start] is ';' or ':' or '—' or '.') return false;
            if (scan.Tokens[i].Kind != TokenKind.Word) continue;
            if (scan.IsWord(i, "will") || scan.IsWord(i, "ll") || scan.IsWord(i, "shall") || scan.IsWord(i, "due") || scan.IsWord(i, "expected")
                || scan.IsWord(i, "scheduled") || DateWords.Modals.Contains(scan.Text(i))) return true;
        }
        return false;
    }

    // The date counted from is the first with a year after "after" ("after the 2022 vote, … in 2020" counts from 2022).
    private static bool FirstDatedAfter(List<DateMention> mentions, int j, int after)
    {
        for (var i = j - 1; i >= 0 && mentions[i].Sentence == mentions[j].Sentence && mentions[i].FirstToken > after; i--)
            if (mentions[i].Expression.HasYear) return false;
        return true;
    }

    private static (int Count, RelativeUnit Unit, bool Short, bool Long, bool Now, int After)? Interval(DateScan scan, DateMention m)
    {
        var (first, _) = scan.TokensOf(m.Sentence);
        var after = -1;
        for (var i = m.FirstToken - 1; i >= first && i >= m.FirstToken - MaxWordsToDate; i--)
        {
            if (scan.IsSymbol(i, ';') || scan.IsSymbol(i, ':') || scan.IsSymbol(i, '—')) return null;
            if (scan.IsWord(i, "after")) { after = i; break; }
        }
        if (after - 2 < first) return null;
        var unit = DateMentionFinder.UnitAt(scan, after - 1, plural: true) ?? DateMentionFinder.UnitAt(scan, after - 1, plural: false);
        if (unit is not (RelativeUnit.Year or RelativeUnit.Month)) return null;
        var n = after - 2;
        if (DateMentionFinder.CountAt(scan, n) is not { } count || count <= 0 || count * (unit == RelativeUnit.Year ? 12 : 1) > MaxMonths) return null;
        // "a little more than a year", "nearly two years", "less than 18 months".
        var k = n - 1;
        var isShort = false;
        var isLong = false;
        if (k >= first && (scan.IsWord(k, "nearly") || scan.IsWord(k, "almost") || scan.IsWord(k, "under"))) { isShort = true; k--; }
        else if (k - 1 >= first && scan.IsWord(k, "than") && (scan.IsWord(k - 1, "less") || scan.IsWord(k - 1, "more")))
        {
            isShort = scan.IsWord(k - 1, "less");
            isLong = !isShort;
            k -= 2;
            if (k - 1 >= first && scan.IsWord(k, "little") && scan.IsWord(k - 1, "a")) k -= 2;
        }
        else if (k >= first && (scan.IsWord(k, "over") || scan.IsWord(k, "about") || scan.IsWord(k, "around") || scan.IsWord(k, "some")
            || scan.IsWord(k, "roughly") || scan.IsWord(k, "exactly") || scan.IsWord(k, "just")))
        {
            isLong = scan.IsWord(k, "over");
            k--;
        }
        if (k >= first && (scan.IsWord(k, "just") || scan.IsWord(k, "only"))) k--;
        // "The bridge will open two years after work began in 2026": a coming happening dates nothing of the story.
        if (IsComing(scan, first, k)) return null;
        // "The vote comes a year after …", "Nearly two years after …, pupils are back" (a lead opening with the interval).
        var now = k >= first && (scan.IsWord(k, "comes") || scan.IsWord(k, "come"))
            || k < first && m.Sentence < LeadSentences;
        return (count, unit.Value, isShort, isLong, now, after);
    }
}
