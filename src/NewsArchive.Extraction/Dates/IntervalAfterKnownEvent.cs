namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "ST. PETERSBURG — Three weeks after Hurricane Milton made landfall, the debris piles are still growing": a lead that
/// opens with a count of days or weeks after a known public event (see <see cref="KnownEvents"/>) tells the story's own
/// day, that far on from the event's first day. Months and years round too much to fix a day.
/// </summary>
internal static class IntervalAfterKnownEvent
{
    private const int LeadSentences = 2;
    private const int MaxOpening = 4; // "ST. PETERSBURG —" before the count
    private const int MaxDays = 60;
    private const int MaxSpread = 1; // "Hurricane Milton", Oct. 9 to 10: a day either way

    /// <summary>The story's day, or null when no lead opens with such a count.</summary>
    public static DateOnly? Find(DateScan scan)
    {
        // The cheap shape first: the names are looked up only for a lead that opens with a count before "after".
        List<KnownEventMention>? known = null;
        for (var s = 0; s <= LeadSentences && s + 1 < scan.SentenceStarts.Length; s++)
        {
            if (Opening(scan, s) is not var (days, after)) continue;
            known ??= KnownEvents.Find(scan);
            foreach (var k in known)
            {
                if (k.Sentence != s || k.FirstToken <= after) continue;
                // "after Hurricane Milton", "after the Eaton fire": the name right after "after", with no other word between.
                if (k.FirstToken > after + 2 || k.FirstToken == after + 2 && !scan.IsWord(after + 1, "the")) break;
                if (k.Name.Holder is not null || k.Name.Occasions.Length != 1 || k.Name.Occasions[0] is not { Recurring: false } o) break;
                // A storm listed over its week-long track ("Hurricane Beryl", July 1 to 8) leaves open which day is counted.
                if (o.Last.DayNumber - o.First.DayNumber > MaxSpread) break;
                return o.First.AddDays(days);
            }
        }
        return null;
    }

    // "Three weeks after", "Ten days after" opening the sentence (after a dateline's dash at most): the days counted and
    // the "after" token, or null. "Nearly", "more than" and the like make it no day to count to.
    private static (int Days, int After)? Opening(DateScan scan, int sentence)
    {
        var (first, end) = scan.TokensOf(sentence);
        var dash = first;
        while (dash < end && dash < first + MaxOpening && !scan.IsSymbol(dash, '—') && !scan.IsSymbol(dash, '–')) dash++;
        var start = dash < end && dash < first + MaxOpening ? dash + 1 : first;
        var after = start + 2;
        if (after >= end || !scan.IsWord(after, "after") || DateMentionFinder.CountOrWordAt(scan, start) is not { } count || count <= 0) return null;
        var unit = DateMentionFinder.UnitAt(scan, start + 1, plural: count != 1);
        var days = unit switch { RelativeUnit.Day => count, RelativeUnit.Week => 7 * count, _ => 0 };
        return days is > 0 and <= MaxDays ? (days, after) : null;
    }
}
