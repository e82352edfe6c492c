using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>Small readings of the words around a date mention, shared by the publication date and event stages.</summary>
internal static class DateContext
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlanWords =
        new HashSet<string>(["will", "plans", "plan", "planned", "planning", "scheduled", "intends", "aims"], StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private const int PeriodVerbReach = 6; // words before "last year" that may hold its verb ("paid $1.5 million last year")

    /// <summary>"an April 11 article", "a March 3 report": the date names when a document appeared.</summary>
    public static bool DatesAReport(DateScan scan, DateMention mention)
    {
        var (_, end) = scan.TokensOf(mention.Sentence);
        for (var i = mention.LastToken + 1; i < end && i <= mention.LastToken + 2; i++)
            if (scan.Tokens[i].Kind == TokenKind.Word && DateWords.ReportNouns.Contains(scan.Text(i))) return true;
        return false;
    }

    /// <summary>"Published April 12", "Last updated: March 3": page furniture at the start of a line, not a happening.</summary>
    public static bool IsStamp(DateScan scan, DateMention mention)
    {
        var (first, _) = scan.TokensOf(mention.Sentence);
        var stamped = false;
        for (var i = first; i < mention.FirstToken; i++)
        {
            if (scan.IsWord(i, "published") || scan.IsWord(i, "updated") || scan.IsWord(i, "posted") || scan.IsWord(i, "modified"))
                stamped = true;
            else if (!(scan.IsWord(i, "last") || scan.IsWord(i, "on") || scan.IsSymbol(i, ':') || scan.IsSymbol(i, '|')))
                return false;
        }
        return stamped;
    }

    /// <summary>
    /// "WASHINGTON, April 12 (Reuters) —": a date in the article's first sentence with only capitalized
    /// words and commas before it and a bracket or dash after it.
    /// </summary>
    public static bool IsDateline(DateScan scan, DateMention mention)
    {
        if (mention.Sentence != 0) return false;
        var (first, end) = scan.TokensOf(0);
        if (mention.FirstToken == first) return false;
        for (var i = first; i < mention.FirstToken; i++)
        {
            var t = scan.Tokens[i];
            if (t.Kind == TokenKind.Word && !char.IsUpper(scan.Body[t.Start])) return false;
            if (t.Kind == TokenKind.Number) return false;
        }
        var next = mention.LastToken + 1;
        return next < end && (scan.IsSymbol(next, '(') || scan.IsSymbol(next, '-') || scan.IsSymbol(next, '—') || scan.IsSymbol(next, '–'));
    }

    /// <summary>"today, April 12" or "today (April 12)": today's date spelled out.</summary>
    public static bool IsTodaySpelledOut(DateScan scan, DateMention today, DateMention calendar)
    {
        if (!today.Expression.IsToday || calendar.Expression.Form != DateForm.Calendar || calendar.Expression.Day == 0) return false;
        if (today.Sentence != calendar.Sentence) return false;
        var (from, to) = today.LastToken < calendar.FirstToken ? (today.LastToken, calendar.FirstToken) : (calendar.LastToken, today.FirstToken);
        if (to - from > 3) return false;
        for (var i = from + 1; i < to; i++)
            if (scan.Tokens[i].Kind != TokenKind.Symbol) return false;
        return true;
    }

    /// <summary>
    /// Whether the mention stands inside a double-quoted passage of its paragraph. Straight marks toggle; curly marks
    /// say which way they face. A paragraph that reopens a quotation starts inside it again by its own mark.
    /// </summary>
    public static bool IsInsideQuotation(DateScan scan, DateMention mention) => scan.IsInsideQuotation(mention.Span.Start);

    /// <summary>
    /// "since 2018", "since January": the start of a span that runs to now, not a happening; and "the quarter, which
    /// ended June 30", "the year ending March 31": a reporting period's end.
    /// </summary>
    public static bool IsSpanOrPeriodEnd(DateScan scan, DateMention mention)
    {
        var (first, _) = scan.TokensOf(mention.Sentence);
        var prev = mention.FirstToken - 1;
        if (prev < first) return false;
        if (scan.IsWord(prev, "since")) return true;
        if (!(scan.IsWord(prev, "ended") || scan.IsWord(prev, "ending") || scan.IsWord(prev, "ends"))) return false;
        for (var i = prev - 1; i >= first && i >= prev - 5; i--)
            if (scan.IsWord(i, "quarter") || scan.IsWord(i, "period") || scan.IsWord(i, "half") || scan.IsWord(i, "year")
                || scan.IsWord(i, "months") || scan.IsWord(i, "weeks")) return true;
        return false;
    }

    /// <summary>
    /// "last week", "this year", "next year": a period word. The contract has no week precision and a bare year of
    /// this kind names a period ("revenue last year"), not a happening.
    /// "moved from Seoul last year" and "a report last year" keep it: a verb of happening or a report right before it.
    /// </summary>
    public static bool IsBarePeriod(DateScan scan, DateMention mention, ClauseReading reading)
    {
        if (mention.Expression is not { Form: DateForm.Relative } e) return false;
        if (e.Unit == RelativeUnit.Week) return true;
        if (e.Unit != RelativeUnit.Year || e.Offset is < -1 or > 1) return false;
        if (e.Offset == 0) return true;
        var (first, _) = scan.TokensOf(mention.Sentence);
        // "Last year, the trust was placed in special measures": a leading time adverbial dates the whole clause.
        if (mention.FirstToken == first) return !reading.HasVerb;
        var words = 0;
        for (var i = mention.FirstToken - 1; i >= first && words < PeriodVerbReach; i--)
        {
            var token = scan.Tokens[i];
            if (token.Kind == TokenKind.Number) continue;
            if (token.Kind == TokenKind.Symbol)
            {
                if (scan.Body[token.Start] is '$' or '£' or '€' or '%' or '.') continue;
                return true;
            }
            words++;
            var word = scan.Text(i);
            if (e.Offset < 0 && DateWords.ReportNouns.Contains(word)) return false;
            if (e.Offset < 0 && (DateWords.PastVerbs.Contains(word) && !DateWords.StateVerbs.Contains(word)
                || word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && !DateWords.NotPastVerbs.Contains(word)))
                return false;
            // "plans to open a store next year" is a plan; "would have to return to it next year" only a possibility.
            if (e.Offset > 0 && PlanWords.Contains(word)) return false;
        }
        return true;
    }

    /// <summary>"his arrest on June 11", "the fire in August": a noun of happening dated by the mention.</summary>
    public static bool DatesAnEvent(DateScan scan, DateMention mention)
    {
        var (first, _) = scan.TokensOf(mention.Sentence);
        var noun = mention.FirstToken - 1;
        if (noun >= first && (scan.IsWord(noun, "on") || scan.IsWord(noun, "in"))) noun--;
        return noun >= first && scan.Tokens[noun].Kind == TokenKind.Word && DateWords.EventNouns.Contains(scan.Text(noun));
    }

    /// <summary>"before Wednesday's report": the weekday only describes a thing whose day the text tells elsewhere.</summary>
    public static bool IsPossessiveWeekday(DateScan scan, DateMention mention)
    {
        if (mention.Expression.Form != DateForm.Weekday) return false;
        var (_, end) = scan.TokensOf(mention.Sentence);
        var next = mention.LastToken + 1;
        return next + 1 < end && (scan.IsSymbol(next, '\'') || scan.IsSymbol(next, '’')) && scan.IsWord(next + 1, "s");
    }

    /// <summary>
    /// The first token after <paramref name="from"/> (and before <paramref name="limit"/>) that is a ';', ':' or
    /// dash, else <paramref name="limit"/>: "June 11, 2024 — … — by Sept. 1" are two clauses. Found once per
    /// sentence, so each date after a stated year asks "is there a break between?" without re-reading the gap.
    /// </summary>
    public static int FirstClauseBreakAfter(DateScan scan, int from, int limit)
    {
        for (var i = from + 1; i < limit && i < scan.Tokens.Count; i++)
            if (scan.Tokens[i].Kind == TokenKind.Symbol && scan.Body[scan.Tokens[i].Start] is ';' or ':' or '—' or '–') return i;
        return limit;
    }
}
