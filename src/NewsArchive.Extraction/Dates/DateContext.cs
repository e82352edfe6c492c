using NewsArchive.Extraction.Lexicon;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>Small readings of the words around a date mention, shared by the publication date and event stages.</summary>
internal static class DateContext
{
    // Lines a page may put before the dateline: an agency name, "By Jane Doe", a section label.
    private const int MaxLinesBeforeDateline = 3;
    private const int MaxShortLineTokens = 6;
    private static readonly FilteredWords PlanWords = WordSet("will", "plans", "plan", "planned", "planning", "scheduled", "intends", "aims");

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
    /// "WASHINGTON, April 12 (Reuters) —": a date opening the article's first sentence of prose (after at most a
    /// few short lines such as an agency name or a byline), with only capitalized words and commas before it and a
    /// bracket or dash after it.
    /// </summary>
    public static bool IsDateline(DateScan scan, DateMention mention)
    {
        if (mention.Sentence > MaxLinesBeforeDateline) return false;
        for (var s = 0; s < mention.Sentence; s++)
        {
            var (from, to) = scan.TokensOf(s);
            if (to - from > MaxShortLineTokens) return false;
        }
        var (first, end) = scan.TokensOf(mention.Sentence);
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
        if (scan.IsWord(prev, "since")) return !StartsAState(scan, mention, first, prev);
        // "likely to persist through April", "were assigned to the fire as of Thursday": a span's end or a snapshot.
        if (scan.IsWord(prev, "through") || scan.IsWord(prev, "thru")) return true;
        if (scan.IsWord(prev, "of") && prev - 1 >= first && scan.IsWord(prev - 1, "as")) return true;
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
        var (first, _) = scan.TokensOf(mention.Sentence);
        // "the third time this month" is the month as a period; "earlier this month" a point in it.
        // "the review, which was completed this month": right after a past verb, the month dates that happening.
        if (e is { Unit: RelativeUnit.Month, Offset: 0 })
            return !(mention.FirstToken > first && (scan.IsWord(mention.FirstToken - 1, "later") || scan.IsWord(mention.FirstToken - 1, "earlier")
                                                     || IsHappeningVerb(scan, mention.FirstToken - 1)));
        if (e.Unit != RelativeUnit.Year || e.Offset is < -1 or > 1) return false;
        // "later this year", "earlier this year": a point within the year, not the year as a period.
        if (e.Offset == 0) return !(mention.FirstToken > first && (scan.IsWord(mention.FirstToken - 1, "later") || scan.IsWord(mention.FirstToken - 1, "earlier")));
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

    /// <summary>Whether token <paramref name="i"/> is a ';', ':' or dash that separates clauses.</summary>
    public static bool IsClauseBreak(DateScan scan, int i) =>
        scan.Tokens[i].Kind == TokenKind.Symbol && scan.Body[scan.Tokens[i].Start] is ';' or ':' or '—' or '–';

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
    private static bool IsHappeningVerb(DateScan scan, int i)
    {
        if (scan.Tokens[i].Kind != TokenKind.Word || !char.IsLower(scan.Body[scan.Tokens[i].Start])) return false;
        var word = scan.Text(i);
        return DateWords.PastVerbs.Contains(word) && !DateWords.StateVerbs.Contains(word)
            || word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && !DateWords.NotPastVerbs.Contains(word);
    }

    /// <summary>
    /// Where a ", which … in 2016," relative clause holding token <paramref name="inside"/> closes (its closing comma),
    /// else int.MaxValue: "Gulfmark, which bought the plant in 2016, said a fire in November …" keeps 2016 to the aside.
    /// </summary>
    public static int RelativeClauseEnd(DateScan scan, int inside, int sentenceFirst, int limit)
    {
        const int reach = 30;
        var i = inside - 1;
        while (i > sentenceFirst && i > inside - reach && !scan.IsSymbol(i, ',')) i--;
        if (i <= sentenceFirst || !scan.IsSymbol(i, ',')
            || !(scan.IsWord(i + 1, "which") || scan.IsWord(i + 1, "who") || scan.IsWord(i + 1, "whose"))) return int.MaxValue;
        for (var k = inside + 1; k < limit && k < inside + reach; k++)
            if (scan.IsSymbol(k, ',')) return k;
        return int.MaxValue;
    }

    private static readonly FilteredWords HoldingVerbs =
        WordSet("owned", "run", "lived", "worked", "served", "led", "operated", "managed", "headed", "held", "chaired", "coached", "taught");

    private static readonly FilteredWords Modals =
        WordSet("would", "could", "might", "should", "must");

    private static readonly FilteredWords ComparedWords =
        WordSet("it", "they", "he", "she", "we", "this", "that", "there", "the", "was", "were", "is", "are", "had", "did", "been",
            "in", "at", "on", "during", "back", "then");

    private static FilteredWords WordSet(params string[] words) => new(new HashSet<string>(words, StringComparer.OrdinalIgnoreCase));

    // "has owned the grill since 2003" (a state that began then: the taking over is the happening) and "their first
    // win since April 2025" (the previous win) date something; "complaints since January" only counts a span.
    private static bool StartsAState(DateScan scan, DateMention mention, int first, int since)
    {
        for (var i = since - 1; i >= first && i >= since - 12; i--)
        {
            var t = scan.Tokens[i];
            if (t.Kind == TokenKind.Symbol && scan.Body[t.Start] is ',' or ';' or ':' or '—' or '–' or '"' or '“' or '”') return false;
            if (scan.IsWord(i, "first")) return true;
            if (t.Kind == TokenKind.Word && HoldingVerbs.Contains(scan.Text(i)) && i > first
                && (scan.IsWord(i - 1, "has") || scan.IsWord(i - 1, "have") || scan.IsWord(i - 1, "had"))) return true;
        }
        return false;
    }

    /// <summary>"He would have turned 85 today": what did not happen is no event.</summary>
    public static bool IsCounterfactual(DateScan scan, DateMention mention)
    {
        var (first, end) = scan.TokensOf(mention.Sentence);
        // "Few would have predicted a cup run in August, when Vale lost four games": the when-clause happened.
        if (ClauseTense.WhenClauseTense(scan, mention, end) == Tense.Past) return false;
        for (var i = mention.FirstToken - 1; i > first && i >= mention.FirstToken - 8; i--)
        {
            if (scan.Tokens[i].Kind == TokenKind.Symbol && scan.Body[scan.Tokens[i].Start] is ',' or ';' or ':' or '—' or '–') return false;
            if (scan.IsWord(i, "have") && scan.Tokens[i - 1].Kind == TokenKind.Word && Modals.Contains(scan.Text(i - 1))) return true;
        }
        return false;
    }

    /// <summary>"pay remains lower than it was in 2008": a baseline of comparison, not a happening.</summary>
    public static bool IsComparisonBaseline(DateScan scan, DateMention mention)
    {
        var (first, _) = scan.TokensOf(mention.Sentence);
        for (var i = mention.FirstToken - 1; i >= first && i >= mention.FirstToken - 6; i--)
        {
            if (scan.IsWord(i, "than")) return true;
            if (scan.Tokens[i].Kind != TokenKind.Word || !ComparedWords.Contains(scan.Text(i))) return false;
        }
        return false;
    }

    /// <summary>"If this runs into April, we lose everything": a date in a condition is a supposition.</summary>
    public static bool IsConditional(DateScan scan, DateMention mention)
    {
        var (first, _) = scan.TokensOf(mention.Sentence);
        for (var i = mention.FirstToken - 1; i >= first && i >= mention.FirstToken - 12; i--)
        {
            var t = scan.Tokens[i];
            if (t.Kind == TokenKind.Symbol && scan.Body[t.Start] is ',' or ';' or ':' or '—' or '–' or '"' or '“' or '”' or '(') return false;
            if (scan.IsWord(i, "if") || scan.IsWord(i, "unless")) return true;
        }
        return false;
    }

    /// <summary>"declined to comment on Wednesday", "did not respond to a request on Tuesday": the reporting, not news.</summary>
    public static bool IsNoComment(DateScan scan, DateMention mention)
    {
        var (first, _) = scan.TokensOf(mention.Sentence);
        for (var i = mention.FirstToken - 1; i >= first && i >= mention.FirstToken - 10; i--)
        {
            if (scan.Tokens[i].Kind == TokenKind.Symbol && scan.Body[scan.Tokens[i].Start] is ',' or ';' or ':' or '—' or '–') return false;
            if (scan.IsWord(i, "comment") && i - 2 >= first && scan.IsWord(i - 1, "to") && scan.IsWord(i - 2, "declined")) return true;
            if ((scan.IsWord(i, "respond") || scan.IsWord(i, "reached") || scan.IsWord(i, "return")) && i - 1 >= first)
            {
                var k = i - 1;
                if (scan.IsWord(k, "immediately") || scan.IsWord(k, "be")) k--;
                if (k >= first && (scan.IsWord(k, "not") || scan.IsWord(k, "n"))) return true;
            }
        }
        return false;
    }
    private static readonly FilteredWords PlanVerbs =
        WordSet("planned", "intended", "threatened", "warned", "hoped", "aimed", "proposed");

    private static readonly FilteredWords SchedulePassives =
        WordSet("scheduled", "set", "slated", "due", "expected", "timetabled", "earmarked");

    private static readonly FilteredWords ThresholdParticiples =
        WordSet("built", "made", "born", "sold", "bought", "written", "grown");

    private static readonly FilteredWords NounPhraseOpeners =
        WordSet("all", "any", "every", "the", "those", "these", "some", "most", "in", "of", "for", "on", "to", "from", "with", "only", "no");

    /// <summary>
    /// "had planned to cut service starting Oct. 8", "had warned that it would cut routes in January", "had been
    /// scheduled for next year": a plan told in the past perfect is one that was overtaken, not a happening.
    /// </summary>
    public static bool IsOvertakenPlan(DateScan scan, DateMention mention)
    {
        var (first, _) = scan.TokensOf(mention.Sentence);
        for (var i = mention.FirstToken - 1; i > first && i >= mention.FirstToken - 14; i--)
        {
            if (scan.Tokens[i].Kind == TokenKind.Symbol && scan.Body[scan.Tokens[i].Start] is ';' or ':' or '—' or '–' or '.') return false;
            if (scan.Tokens[i].Kind == TokenKind.Word && PlanVerbs.Contains(scan.Text(i)) && scan.IsWord(i - 1, "had")) return true;
            // "the opening, which had been scheduled for next year" (and has now been put off).
            if (scan.Tokens[i].Kind == TokenKind.Word && (PlanVerbs.Contains(scan.Text(i)) || SchedulePassives.Contains(scan.Text(i)))
                && i - 2 > first && scan.IsWord(i - 1, "been") && scan.IsWord(i - 2, "had")) return true;
        }
        return false;
    }

    /// <summary>"buildings constructed after 2004", "homes built before 1978": the date bounds a class of things.</summary>
    public static bool IsThreshold(DateScan scan, DateMention mention)
    {
        var (first, _) = scan.TokensOf(mention.Sentence);
        var prep = mention.FirstToken - 1;
        if (prep - 3 < first || !(scan.IsWord(prep, "after") || scan.IsWord(prep, "before"))) return false;
        var participle = prep - 1;
        var noun = prep - 2;
        if (scan.Tokens[participle].Kind != TokenKind.Word || scan.Tokens[noun].Kind != TokenKind.Word) return false;
        var p = scan.Text(participle);
        if (!(ThresholdParticiples.Contains(p) || p.Length > 4 && p.EndsWith("ed", StringComparison.Ordinal))) return false;
        var n = scan.Text(noun);
        if (n.Length < 4 || !char.IsLower(n[0]) || !n.EndsWith('s')) return false;
        return scan.Tokens[noun - 1].Kind == TokenKind.Word && NounPhraseOpeners.Contains(scan.Text(noun - 1));
    }

    /// <summary>"had burned more than 30,000 acres by Thursday morning": how far something had got by then, not a happening.</summary>
    public static bool IsExtentBy(DateScan scan, DateMention mention)
    {
        var (first, _) = scan.TokensOf(mention.Sentence);
        var by = mention.FirstToken - 1;
        if (by <= first || !scan.IsWord(by, "by") || mention.Expression.Form != DateForm.Weekday) return false;
        for (var i = by - 1; i >= first && i >= by - 8; i--)
        {
            if (scan.Tokens[i].Kind == TokenKind.Symbol && scan.Body[scan.Tokens[i].Start] is ',' or ';' or ':' or '—' or '–') return false;
            if (scan.IsWord(i, "had")) return true;
        }
        return false;
    }
}
