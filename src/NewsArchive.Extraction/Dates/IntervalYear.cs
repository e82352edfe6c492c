using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "The fight comes a little more than a year after the board shelved the plan in November 2024", "The 2024 parade came
/// a year after organisers reversed the route change in April 2023": what is told as so many years or months after a
/// dated happening falls about that long after it. Told as the story's own time (a present "comes", or a lead that opens
/// with it: "Nearly two years after the January 2024 closure, pupils are back"), that is the story's year; told of a past
/// happening, the story comes that long after the date at the earliest. Without a date in its sentence, a lead's
/// interval ("approved the bond on Tuesday, a year after a smaller request fell short") counts from the earliest
/// happening the narrative dates to the month, and "still under supervision more than two years on" from the nearest
/// date before it.
/// </summary>
internal static class IntervalYear
{
    private const int MaxWordsToDate = 24;
    private const int LeadSentences = 2;
    private const int MaxMonths = 600;
    private static readonly string[] AndAHalf = ["and", "a", "half"];

    /// <param name="Earliest">The first day the story can be, by the shortest reading of every interval after a date of its sentence.</param>
    /// <param name="StoryYear">The year of the first such interval told as the story's own time, if any.</param>
    public readonly record struct Reading(DateOnly? Earliest, int? StoryYear);

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
            // "The club left the city in January 2016, six years before winning the title": the later happening, told
            // as done, is that long after the date, so the story is too.
            if (LaterHappening(scan, m) is { } later && (earliest is null || later > earliest)) earliest = later;
            if (AfterBefore(scan, m) is not { } after || !FirstDatedAfter(mentions, j, after) || Measure(scan, m.Sentence, after) is not { } interval) continue;
            // Shortest: from the first day the date allows, less the slack "nearly" leaves.
            var from = new DateOnly(e.Year, Math.Max(e.Month, 1), Math.Max(e.Day, 1));
            var shortest = from.AddMonths(interval.Months - (interval.Short ? Math.Max(1, interval.Months / 6) : 0));
            if (earliest is null || shortest > earliest) earliest = shortest;
            if (interval.Now) storyYear ??= Likeliest(e, interval);
        }
        storyYear ??= YearsOnStoryYear(scan) ?? StoryYearAfterUndated(scan) ?? ThisYearAfterTold(scan);
        return earliest is not null || storyYear is not null ? new Reading(earliest, storyYear) : null;
    }

    // "Nearly two years after lead dust was found in classrooms, pupils are back" … "The dust was found in January 2024":
    // a lead told as so long after an undated happening counts from the earliest happening the narrative dates to the
    // month (the story's backstory), when nothing in its own sentence is dated.
    // So is one told later as the story's own time by "comes" ("The settlement comes more than two and a half years
    // after his death", the death dated "in January 2016" earlier on).
    private static int? StoryYearAfterUndated(DateScan scan)
    {
        for (var s = 0; s + 1 < scan.SentenceStarts.Length; s++)
        {
            if (!scan.SentenceHolds(s, "after")) continue;
            var (first, end) = scan.TokensOf(s);
            for (var i = first + 2; i < end; i++)
            {
                if (!scan.IsWord(i, "after") || Measure(scan, s, i) is not { Now: true } interval || s > LeadSentences && !interval.Comes
                    || scan.IsInsideQuotation(scan.Tokens[i].Start) || DatedAfter(scan, s, i)) continue;
                return EarliestMonthDated(scan) is { } anchor ? Likeliest(anchor, interval) : null;
            }
        }
        return null;
    }

    // "…appointed commissioners in February 2024. The council is still under their supervision more than two years on.":
    // an interval "on" from nothing named counts from the nearest date with a year before it, in its sentence or the one
    // before (a lead with none counts from the backstory, as above). So does one "since" that names nothing ("opened in
    // November 2015, and have served 100,000 patients in the four years since").
    private static int? YearsOnStoryYear(DateScan scan)
    {
        for (var s = 0; s + 1 < scan.SentenceStarts.Length; s++)
        {
            // An interval is counted in years or months (see Measure): a sentence with neither word is passed over.
            if (!scan.SentenceHolds(s, "year") && !scan.SentenceHolds(s, "month")) continue;
            var (first, end) = scan.TokensOf(s);
            for (var i = first + 2; i < end; i++)
            {
                var forSpan = scan.Tokens[i].Kind == TokenKind.Symbol && PerfectFor(scan, first, i);
                if (!forSpan && (!scan.IsWord(i, "on") && !scan.IsWord(i, "since") || i + 1 < end && scan.Tokens[i + 1].Kind != TokenKind.Symbol && !HaveAfter(scan, i))
                    || scan.IsInsideQuotation(scan.Tokens[i].Start)) continue;
                if (Measure(scan, s, i) is not { } interval) continue;
                // A span "for" so long counts only from a start "since" names ("has been jailed for nine years" is a term).
                var anchor = forSpan ? NearestDatedBefore(scan, s, i, sinceOnly: true)
                    : NearestDatedBefore(scan, s, i) ?? (s <= LeadSentences ? EarliestMonthDated(scan) : null);
                return anchor is { } a ? Likeliest(a, interval) : null;
            }
        }
        return null;
    }

    // "the four years since have seen £100m spent": the span is the subject of a perfect verb, naming no start of its own.
    private static bool HaveAfter(DateScan scan, int i) => scan.IsWord(i + 1, "have") || scan.IsWord(i + 1, "has");

    private const int MaxWordsFromSince = 4; // "since the closure in March 2020"
    private const int ForReach = 8; // "for a little more than two years."
    private const int PerfectReach = 10; // "that have been in place on late-night trade for"

    // "…closed since March 2020. Restrictions that have been in place for more than 19 months.": a clause-ending span "for"
    // so long, in a present perfect clause, runs up to the story's time (the symbol at the end is the token given).
    private static bool PerfectFor(DateScan scan, int first, int end)
    {
        var f = end - 2;
        while (f >= first && f > end - ForReach && !scan.IsWord(f, "for")) f--;
        if (f < first || !scan.IsWord(f, "for")) return false;
        for (var i = f - 1; i > first && i >= f - PerfectReach; i--)
        {
            if (scan.IsSymbol(i, ',') || scan.IsSymbol(i, ';') || scan.IsSymbol(i, ':') || scan.IsSymbol(i, '—')) return false;
            if (scan.IsWord(i, "been") && (scan.IsWord(i - 1, "have") || scan.IsWord(i - 1, "has"))) return true;
        }
        return false;
    }

    private const int MaxWordsToAfter = 7;
    private const int MaxAnniversaryMonths = 12 * 500; // "exactly 90 years after the pool first opened": centuries may pass
    private const int MaxWordsToVerb = 4; // "after the pool first opened"

    // "A gala is planned for 1 August this year, exactly 90 years after the pool first opened" … "The pool first opened in
    // 1935": a day of this year told as so long after a happening the narrative dates elsewhere by the same verb is that
    // long after its date, so the story's year is too.
    private static int? ThisYearAfterTold(DateScan scan)
    {
        foreach (var m in scan.Mentions)
        {
            if (m.Expression is not ({ Form: DateForm.Calendar, YearRelative: true, Offset: 0 } or { Form: DateForm.Relative, Unit: RelativeUnit.Year, Offset: 0, FromPrevious: false })
                || DateContext.IsInsideQuotation(scan, m)) continue;
            var (_, end) = scan.TokensOf(m.Sentence);
            var after = m.LastToken + 1;
            while (after < end && after <= m.LastToken + MaxWordsToAfter && !scan.IsWord(after, "after")) after++;
            if (after >= end || !scan.IsWord(after, "after") || Measure(scan, m.Sentence, after, MaxAnniversaryMonths) is not { } interval) continue;
            for (var v = after + 1; v < end && v <= after + MaxWordsToVerb; v++)
            {
                if (!ClauseTense.IsPastVerb(scan, v)) continue;
                return ToldElsewhere(scan, m.Sentence, scan.Text(v)) is { } told ? Likeliest(told, interval) : null;
            }
        }
        return null;
    }

    // The narrative's date with a year, in another sentence, that a few words after the verb date ("first opened in 1935").
    private static DateExpression? ToldElsewhere(DateScan scan, int sentence, ReadOnlySpan<char> verb)
    {
        foreach (var d in scan.Mentions)
        {
            if (d.Sentence == sentence || d.Expression is not { Year: > 0, YearRelative: false } || DateContext.IsInsideQuotation(scan, d)) continue;
            var (first, _) = scan.TokensOf(d.Sentence);
            for (var i = d.FirstToken - 1; i >= first && i >= d.FirstToken - MaxWordsToVerb; i--)
                if (scan.Text(i).Equals(verb, StringComparison.OrdinalIgnoreCase)) return d.Expression;
        }
        return null;
    }

    // The narrative's last date with a year before the token, in its sentence or the one before, or null.
    private static DateExpression? NearestDatedBefore(DateScan scan, int sentence, int token, bool sinceOnly = false)
    {
        DateExpression? found = null;
        foreach (var m in scan.Mentions)
        {
            if (m.Sentence > sentence || m.Sentence == sentence && m.FirstToken > token) break;
            if (m.Sentence < sentence - 1 || !m.Expression.HasYear || m.Expression.YearRelative || DateContext.IsInsideQuotation(scan, m)) continue;
            if (sinceOnly && !DateContext.CueBefore(scan, m, MaxWordsFromSince, static (s, i) => s.IsWord(i, "since"))) continue;
            found = m.Expression;
        }
        return found;
    }

    // "in January 2016, six years before hoisting the trophy": the first day of the happening a gerund after ", N
    // years|months before" names right behind the date, counted on from the date; null for any other shape.
    private static DateOnly? LaterHappening(DateScan scan, DateMention m)
    {
        var (_, end) = scan.TokensOf(m.Sentence);
        var i = m.LastToken + 1;
        if (i + 4 >= end || !scan.IsSymbol(i, ',')) return null;
        var before = i + 3;
        if (!scan.IsWord(before, "before") || scan.Tokens[before + 1].Kind != TokenKind.Word) return null;
        var gerund = scan.Text(before + 1);
        if (gerund.Length < 5 || !gerund.EndsWith("ing", StringComparison.Ordinal)) return null;
        var unit = DateMentionFinder.UnitAt(scan, i + 2, plural: true) ?? DateMentionFinder.UnitAt(scan, i + 2, plural: false);
        if (unit is not (RelativeUnit.Year or RelativeUnit.Month) || DateMentionFinder.CountAt(scan, i + 1) is not { } count || count <= 0) return null;
        var months = unit == RelativeUnit.Year ? 12 * count : count;
        if (months > MaxMonths) return null;
        var e = m.Expression;
        return new DateOnly(e.Year, Math.Max(e.Month, 1), Math.Max(e.Day, 1)).AddMonths(months);
    }

    // Whether a mention with a year follows the "after" in its sentence.
    private static bool DatedAfter(DateScan scan, int sentence, int after)
    {
        foreach (var m in scan.Mentions)
            if (m.Sentence == sentence && m.FirstToken > after && m.Expression.HasYear) return true;
        return false;
    }

    // The narrative's earliest past happening dated to the month with its year ("in January 2024", "on Aug. 17, 2024").
    private static DateExpression? EarliestMonthDated(DateScan scan)
    {
        DateExpression? found = null;
        foreach (var m in scan.Mentions)
        {
            var e = m.Expression;
            if (e is not { Form: DateForm.Calendar, Year: > 0, Month: > 0, YearRelative: false } || DateContext.IsInsideQuotation(scan, m)) continue;
            if (ClauseTense.Of(scan, m) is not { Tense: Tense.Past, HasVerb: true }) continue;
            if (found is not { } f || (e.Year, e.Month, e.Day).CompareTo((f.Year, f.Month, f.Day)) < 0) found = e;
        }
        return found;
    }

    // Likeliest: from the middle of the month or year the date names, moved a month for "nearly" or "more than".
    private static int Likeliest(DateExpression e, (int Months, bool Short, bool Long, bool Now, bool Comes) interval)
    {
        var from = new DateOnly(e.Year, Math.Max(e.Month, 1), Math.Max(e.Day, 1));
        var middle = e.Day > 0 ? from : e.Month > 0 ? from.AddDays(14) : new DateOnly(e.Year, 7, 1);
        return middle.AddMonths(interval.Months + (interval.Short ? -1 : interval.Long ? 1 : 0)).Year;
    }

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

    // The "after" that the date follows in its sentence, with no clause break in between, or null.
    private static int? AfterBefore(DateScan scan, DateMention m)
    {
        var (first, _) = scan.TokensOf(m.Sentence);
        for (var i = m.FirstToken - 1; i >= first && i >= m.FirstToken - MaxWordsToDate; i--)
        {
            if (scan.IsSymbol(i, ';') || scan.IsSymbol(i, ':') || scan.IsSymbol(i, '—')) return null;
            if (scan.IsWord(i, "after")) return i;
        }
        return null;
    }

    // Reads back from the "after" to "[nearly] N years|months": the months counted, whether "nearly" shortens or "more
    // than" lengthens them, and whether the interval is the story's own time.
    private static (int Months, bool Short, bool Long, bool Now, bool Comes)? Measure(DateScan scan, int sentence, int after, int maxMonths = MaxMonths)
    {
        var (first, _) = scan.TokensOf(sentence);
        if (after - 2 < first) return null;
        // "a year and a half after": the half follows the unit.
        var unitAt = BeforeAndAHalf(scan, after - 1, first) ?? after - 1;
        var half = unitAt != after - 1;
        var unit = DateMentionFinder.UnitAt(scan, unitAt, plural: true) ?? DateMentionFinder.UnitAt(scan, unitAt, plural: false);
        if (unit is not (RelativeUnit.Year or RelativeUnit.Month)) return null;
        // "two and a half years after", "two-and-a-half years after": the half comes between the count and the unit.
        var n = half ? unitAt - 1 : BeforeAndAHalf(scan, unitAt - 1, first) ?? unitAt - 1;
        half |= n != unitAt - 1;
        if (n < first || DateMentionFinder.CountAt(scan, n) is not { } count || count <= 0) return null;
        var months = unit == RelativeUnit.Year ? count * 12 + (half ? 6 : 0) : count;
        if (months > maxMonths) return null;
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
        // "The vote comes a year after …", "Nearly two years after …, pupils are back", "Voters approved the bond on
        // Tuesday, a year after …" (a lead opening with the interval or adding it to its happening).
        var comes = k >= first && (scan.IsWord(k, "comes") || scan.IsWord(k, "come"));
        // "Nearly a year after the outbreak began in February 2022, it has become the deadliest": a sentence opening with
        // the interval whose main clause is present tells the story's own time, wherever it stands.
        var now = comes || sentence <= LeadSentences && (k < first || scan.IsSymbol(k, ',')) || k < first && PresentMainClause(scan, sentence, after);
        return (months, isShort, isLong, now, comes);
    }

    private static readonly string[] PresentVerbs = ["has", "have", "is", "are", "remains", "remain", "still"];
    private const int MainClauseReach = 4; // ", the town's three schools are"

    // Whether the clause after the fronted phrase's comma opens with a present or present perfect verb within a few words
    // ("…, it has become", "…, the town is still").
    private static bool PresentMainClause(DateScan scan, int sentence, int after)
    {
        var (_, end) = scan.TokensOf(sentence);
        var comma = after + 1;
        while (comma < end && !scan.IsSymbol(comma, ',')) comma++;
        for (var i = comma + 1; i < end && i <= comma + MainClauseReach; i++)
        {
            if (scan.Tokens[i].Kind == TokenKind.Symbol) return false;
            foreach (var verb in PresentVerbs)
                if (scan.IsWord(i, verb)) return true;
        }
        return false;
    }

    // The token before an "and a half" that ends at the token, hyphenated or not ("two-and-a-half"), else null.
    private static int? BeforeAndAHalf(DateScan scan, int i, int first)
    {
        for (var w = AndAHalf.Length - 1; w >= 0; w--)
        {
            if (i < first || !scan.IsWord(i, AndAHalf[w])) return null;
            i--;
            if (i >= first && scan.IsSymbol(i, '-')) i--;
        }
        return i >= first ? i : null;
    }
}
