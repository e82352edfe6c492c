using System.Buffers;
using NewsArchive.Extraction.Lexicon;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>Small readings of the words around a date mention, shared by the publication date and event stages.</summary>
internal static class DateContext
{
    // Lines a page may put before the dateline: an agency name, "By Jane Doe", a section label.
    private const int MaxLinesBeforeDateline = 3;
    private const int MaxShortLineTokens = 6;
    private const int MaxLinesBeforeAgencyDateline = 12; // a wire story's headline, bullet summary, update note and byline
    private static readonly FilteredWords PlanWords = WordSet("will", "plans", "plan", "planned", "planning", "scheduled", "intends", "aims");

    private const int PeriodVerbReach = 10; // words before "last year" that may hold its verb ("paid signing bonuses to new drivers in rural areas last year")

    /// <summary>
    /// "A version of this article appears in print on October 15, 2026, Section A", "print edition": the page's own
    /// furniture about printing, not the story, and no evidence of when it was first published.
    /// </summary>
    public static bool IsPageChrome(DateScan scan, DateMention mention) => IsPageChrome(scan, mention.Sentence);

    // "An earlier version of this article said …", "… of the story": the note is about the page ("An earlier version of
    // the proposal died in committee" tells of the story's own subject).
    private static bool OfThisArticle(DateScan scan, int of, int end) =>
        of + 1 >= end || !scan.IsWord(of, "of")
        || scan.IsWord(of + 1, "this") || of + 2 < end && scan.IsWord(of + 1, "the")
           && (scan.IsWord(of + 2, "article") || scan.IsWord(of + 2, "story") || scan.IsWord(of + 2, "report") || scan.IsWord(of + 2, "piece"));

    private static readonly SearchValues<string> PrintOrVersion = SearchValues.Create(["print", "version"], StringComparison.OrdinalIgnoreCase);

    /// <summary>As above, for a whole sentence (read once per sentence).</summary>
    public static bool IsPageChrome(DateScan scan, int sentence)
    {
        var (first, end) = scan.TokensOf(sentence);
        // "• This article was amended on …": a bullet or dash before the note.
        while (first < end && scan.Tokens[first].Kind == TokenKind.Symbol && scan.Body[scan.Tokens[first].Start] is '•' or '*' or '-' or '–' or '—' or '·') first++;
        // "Image caption: …", "An earlier version of this article said …": a picture's label and a correction note are
        // the page's furniture, retelling what the story dates.
        if (first + 2 < end && (scan.IsWord(first, "image") && (scan.IsWord(first + 1, "caption") || scan.IsWord(first + 1, "source"))
            || (scan.IsWord(first, "an") || scan.IsWord(first, "a")) && (scan.IsWord(first + 1, "earlier") || scan.IsWord(first + 1, "previous"))
               && scan.IsWord(first + 2, "version") && OfThisArticle(scan, first + 3, end))) return true;
        // "This article was amended on 12 May 2026", "This story was originally published November 6, 2026": the page's
        // history, not the story's.
        if (first + 3 < end && scan.IsWord(first, "this") && (scan.IsWord(first + 1, "article") || scan.IsWord(first + 1, "story")
            || scan.IsWord(first + 1, "page")) && scan.IsWord(first + 2, "was")) return true;
        // "Read more: Strike dates this month", "See also: …": a link to another page, not this story.
        if (first + 2 < end && (scan.IsWord(first, "read") && scan.IsWord(first + 1, "more") || scan.IsWord(first, "see") && scan.IsWord(first + 1, "also"))
            && (scan.IsSymbol(first + 2, ':') || scan.IsSymbol(first + 2, '|') || scan.IsSymbol(first + 2, '—'))) return true;
        // The words below each need "print" or "version" in the sentence: most sentences have neither.
        if (!scan.SentenceHoldsAny(sentence, PrintOrVersion)) return false;
        for (var i = first; i < end; i++)
        {
            var t = scan.Tokens[i];
            // Only words of these lengths can be "print", "edition(s)" or "version".
            if (t.Kind != TokenKind.Word || t.End - t.Start is not (5 or 7 or 8)) continue;
            // "the 2026 edition of the race" is a happening; "print edition" is the page.
            if ((scan.IsWord(i, "edition") || scan.IsWord(i, "editions")) && i > first && scan.IsWord(i - 1, "print")) return true;
            if (scan.IsWord(i, "print") && i > first && scan.IsWord(i - 1, "in")) return true;
            if (scan.IsWord(i, "version") && i + 3 < end && scan.IsWord(i + 1, "of") && scan.IsWord(i + 2, "this")) return true;
        }
        return false;
    }

    /// <summary>
    /// "calling 101 quoting log 214 of 12 April", "crime reference 4417 of 18 October": the date is part of a police log's
    /// number, a label for the appeal, not a happening.
    /// </summary>
    public static bool IsLogReference(DateScan scan, DateMention mention)
    {
        var (first, _) = scan.TokensOf(mention.Sentence);
        var i = mention.FirstToken - 1;
        if (i - 2 < first || !scan.IsWord(i, "of") || scan.Tokens[i - 1].Kind != TokenKind.Number) return false;
        return scan.IsWord(i - 2, "log") || scan.IsWord(i - 2, "reference") || scan.IsWord(i - 2, "incident") || scan.IsWord(i - 2, "number");
    }

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
        // "By Cody Ramsdell · March 30, 2026 · 6 min read": a byline's date is the page's, like "Published …".
        if (BylineEnd(scan, first, mention.FirstToken) is var afterByline and > 0)
        {
            first = afterByline;
            stamped = true;
        }
        for (var i = first; i < mention.FirstToken; i++)
        {
            if (scan.IsWord(i, "published") || scan.IsWord(i, "updated") || scan.IsWord(i, "posted") || scan.IsWord(i, "modified"))
                stamped = true;
            else if (!(scan.IsWord(i, "last") || scan.IsWord(i, "on") || scan.IsSymbol(i, ':') || scan.IsSymbol(i, '|')))
                return false;
        }
        return stamped;
    }

    // Where "By Name Name ·" (or "|", a dash or a comma) ends, when the line opens with one before the date; else -1.
    private static int BylineEnd(DateScan scan, int first, int date)
    {
        if (first + 2 >= date || !scan.IsWord(first, "by") || !char.IsUpper(scan.Body[scan.Tokens[first].Start])) return -1;
        var i = first + 1;
        while (i < date && scan.Tokens[i].Kind == TokenKind.Word && char.IsUpper(scan.Body[scan.Tokens[i].Start])) i++;
        if (i == first + 1 || i >= date || scan.Tokens[i].Kind != TokenKind.Symbol) return -1;
        return scan.Body[scan.Tokens[i].Start] is '·' or '|' or '—' or '–' or ',' or '•' ? i + 1 : -1;
    }

    /// <summary>
    /// "WASHINGTON, April 12 (Reuters) —": a date opening the article's first sentence of prose (after at most a
    /// few short lines such as an agency name or a byline), with only capitalized words and commas before it and a
    /// bracket or dash after it.
    /// </summary>
    public static bool IsDateline(DateScan scan, DateMention mention)
    {
        // "LONDON, June 3 (Reuters) -" names its agency, so it is a dateline even under a wire story's bullet summary.
        var agency = IsAgencyCredit(scan, mention.LastToken + 1);
        if (mention.Sentence > (agency ? MaxLinesBeforeAgencyDateline : MaxLinesBeforeDateline)) return false;
        for (var s = 0; s < mention.Sentence && !agency; s++)
        {
            var (from, to) = scan.TokensOf(s);
            if (to - from > MaxShortLineTokens) return false;
        }
        var (first, end) = scan.TokensOf(mention.Sentence);
        // "Oct 29 (Reuters) -": a wire story without a place opens on its date.
        if (mention.FirstToken == first && !agency) return false;
        for (var i = first; i < mention.FirstToken; i++)
        {
            var t = scan.Tokens[i];
            if (t.Kind == TokenKind.Word && !char.IsUpper(scan.Body[t.Start])) return false;
            if (t.Kind == TokenKind.Number) return false;
        }
        var next = mention.LastToken + 1;
        return next < end && (scan.IsSymbol(next, '(') || scan.IsSymbol(next, '-') || scan.IsSymbol(next, '—') || scan.IsSymbol(next, '–'));
    }

    // "(Reuters) -", "(AP) —": a capitalized name in brackets, then a dash.
    private static bool IsAgencyCredit(DateScan scan, int i)
    {
        if (i + 3 >= scan.Tokens.Count || !scan.IsSymbol(i, '(') || scan.Tokens[i + 1].Kind != TokenKind.Word
            || !char.IsUpper(scan.Body[scan.Tokens[i + 1].Start]) || !scan.IsSymbol(i + 2, ')')) return false;
        return scan.IsSymbol(i + 3, '-') || scan.IsSymbol(i + 3, '—') || scan.IsSymbol(i + 3, '–');
    }

    /// <summary>
    /// "Family members said Tuesday evening that …", "told USA TODAY on Thursday", "In a statement Tuesday, Holloway
    /// said …": the date only tells when something was said, a detail of the reporting rather than a happening.
    /// </summary>
    public static bool IsDatedSpeech(DateScan scan, DateMention mention)
    {
        if (mention.Expression.Form != DateForm.Weekday && !mention.Expression.IsToday) return false;
        var (first, end) = scan.TokensOf(mention.Sentence);
        var i = mention.FirstToken - 1;
        if (i >= first && scan.IsWord(i, "on")) i--;
        // "said late Tuesday outside the district office": the part of the day before the weekday.
        if (i >= first && (scan.IsWord(i, "late") || scan.IsWord(i, "early"))) i--;
        if (i < first) return false;
        // "In a statement Tuesday,", "in an email on Thursday"
        if (i - 2 >= first && (scan.IsWord(i, "statement") || scan.IsWord(i, "email")) && (scan.IsWord(i - 1, "a") || scan.IsWord(i - 1, "an"))
            && scan.IsWord(i - 2, "in")) return true;
        // "said Tuesday evening that", "told reporters Tuesday", "told USA TODAY on Thursday": a verb of saying, its
        // object at most a short name, then the date; and what follows is no more than the time of day and the report.
        for (var k = i; k >= first && k >= i - 3; k--)
        {
            if (scan.Tokens[k].Kind != TokenKind.Word) return false;
            if (DateWords.ReportingVerbs.Contains(scan.Text(k)) && char.IsLower(scan.Body[scan.Tokens[k].Start]))
            {
                var next = mention.LastToken + 1;
                if (next < end && IsPartOfDayWord(scan, next)) next++;
                // ("said Tuesday there is a chance of storms", "said Tuesday it would appeal": what was said follows.)
                // ("said Tuesday at a news conference", "said late Tuesday outside the office": where it was said.)
                return next >= end || scan.Tokens[next].Kind == TokenKind.Symbol || scan.IsWord(next, "that") || ReportedClauseOpeners.Contains(scan.Text(next))
                       || SpeechPlacePrepositions.Contains(scan.Text(next));
            }
            if (!(char.IsUpper(scan.Body[scan.Tokens[k].Start]) || scan.IsWord(k, "reporters"))) return false;
        }
        return false;
    }

    private static readonly FilteredWords SpeechPlacePrepositions = WordSet("at", "in", "outside", "during");

    private static readonly FilteredWords ReportedClauseOpeners =
        WordSet("there", "it", "he", "she", "they", "we", "its", "their", "his", "her");

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

    // "until Friday", "until 18:00 GMT on Friday", "through 6 p.m. Thursday": the "until" or "through" whose limit the date is, read back
    // over a clock time; else -1.
    private static int UntilBeforeTime(DateScan scan, int prev, int first)
    {
        for (var i = prev; i >= first && i >= prev - 6; i--)
        {
            if (scan.IsWord(i, "until") || scan.IsWord(i, "till") || scan.IsWord(i, "through") || scan.IsWord(i, "thru")) return i;
            var t = scan.Tokens[i];
            if (t.Kind == TokenKind.Number) continue;
            if (t.Kind == TokenKind.Symbol && scan.Body[t.Start] is ':' or '.') continue;
            if (t.Kind == TokenKind.Word && (DateWords.TimeOfDayWords.Contains(scan.Text(i)) || scan.IsWord(i, "on") || scan.IsWord(i, "at"))) continue;
            // "extended through at least next Wednesday", "closed until at least Monday": a hedged limit is still one.
            if (scan.IsWord(i, "least") && i > first && scan.IsWord(i - 1, "at")) continue;
            return -1;
        }
        return -1;
    }

    private static bool IsPossessivePronoun(DateScan scan, int i) =>
        scan.IsWord(i, "his") || scan.IsWord(i, "her") || scan.IsWord(i, "their") || scan.IsWord(i, "its");

    /// <summary>
    /// "since 2018", "since January": the start of a span that runs to now, not a happening; and "the quarter, which
    /// ended June 30", "the year ending March 31": a reporting period's end.
    /// </summary>
    public static bool IsSpanOrPeriodEnd(DateScan scan, DateMention mention)
    {
        var (first, _) = scan.TokensOf(mention.Sentence);
        var prev = mention.FirstToken - 1;
        if (prev < first) return false;
        // ("the worst since November 2009, when the river burst its banks": the ", when …" clause tells what happened then.)
        if (scan.IsWord(prev, "since"))
            return !StartsAState(scan, mention, first, prev) && ClauseTense.WhenClauseTense(scan, mention, scan.TokensOf(mention.Sentence).End) != Tense.Past;
        // "the fastest pace since early 2025": a span from a loose point.
        if (prev - 1 >= first && (scan.IsWord(prev, "early") || scan.IsWord(prev, "late")) && scan.IsWord(prev - 1, "since")) return true;
        // "its lowest level since the start of 2024", "nine defeats since the start of November": a span from a loose point.
        if (prev - 3 >= first && scan.IsWord(prev, "of") && (scan.IsWord(prev - 1, "start") || scan.IsWord(prev - 1, "beginning"))
            && scan.IsWord(prev - 2, "the") && scan.IsWord(prev - 3, "since")) return true;
        // "sold from August 2022 through October 2025", "held at £9,250 from 2017 until they rose": a span's start.
        var (_, end) = scan.TokensOf(mention.Sentence);
        var after = mention.LastToken + 1;
        // ("From 1994 until his retirement, he taught …" starts a role, which obituaries date.)
        if (scan.IsWord(prev, "from") && after < end && (scan.IsWord(after, "to") || scan.IsWord(after, "through")
            || (scan.IsWord(after, "until") || scan.IsWord(after, "till")) && !(after + 1 < end && IsPossessivePronoun(scan, after + 1)))) return true;
        // "likely to persist through April", "were assigned to the fire as of Thursday": a span's end or a snapshot.
        // ("a red flag warning through 6 p.m. Thursday": read back over a clock time.)
        var limit = UntilBeforeTime(scan, prev, first);
        if (scan.IsWord(prev, "through") || scan.IsWord(prev, "thru") || limit >= 0 && (scan.IsWord(limit, "through") || scan.IsWord(limit, "thru"))) return true;
        if (scan.IsWord(prev, "of") && prev - 1 >= first && scan.IsWord(prev - 1, "as")) return true;
        // "sign a contract until 2031", "a lease until March": when an agreement runs out, not a happening.
        if (scan.IsWord(prev, "until") && prev - 1 >= first && (scan.IsWord(prev - 1, "contract") || scan.IsWord(prev - 1, "deal")
            || scan.IsWord(prev - 1, "lease") || scan.IsWord(prev - 1, "agreement") || scan.IsWord(prev - 1, "loan"))) return true;
        // "the rainy season, which normally runs until December", "lines suspended until Wednesday", "a warning in force
        // until Friday": how long a state lasts, not a happening ("did not attend until 11 August" and "postponed
        // until 5 February" are happenings and stay).
        var until = limit >= 0 && (scan.IsWord(limit, "until") || scan.IsWord(limit, "till")) ? limit : -1;
        if (until >= 0 && (IsLastingState(scan, until, first) || IsExtendedUntil(scan, until, first))) return true;
        // "the next cap, covering April to June", "from January to March": the end of a span of months is part of a period.
        if ((scan.IsWord(prev, "to") || scan.IsWord(prev, "until")) && prev - 1 >= first && mention.Expression is { Day: 0, Month: > 0 }
            && scan.Tokens[prev - 1].Kind == TokenKind.Word && DateWords.Months.ContainsKey(scan.Text(prev - 1))) return true;
        // "profit for the year to December", "the six months to June": a reporting period's end.
        if (scan.IsWord(prev, "to") && prev - 1 >= first && (scan.IsWord(prev - 1, "year") || scan.IsWord(prev - 1, "quarter")
            || scan.IsWord(prev - 1, "months") || scan.IsWord(prev - 1, "weeks") || scan.IsWord(prev - 1, "half"))) return true;
        if (!(scan.IsWord(prev, "ended") || scan.IsWord(prev, "ending") || scan.IsWord(prev, "ends"))) return false;
        for (var i = prev - 1; i >= first && i >= prev - 5; i--)
            if (scan.IsWord(i, "quarter") || scan.IsWord(i, "period") || scan.IsWord(i, "half") || scan.IsWord(i, "year")
                || scan.IsWord(i, "months") || scan.IsWord(i, "weeks")) return true;
        return false;
    }

    /// <summary>
    /// "seen within four hours in the week ending 11 January", "sales in the month ended 31 March": the last day of a
    /// week or month whose figures are given is a period, not a happening. (The publication date still reads it as a day
    /// gone by.)
    /// </summary>
    public static bool IsWeekOrMonthEnding(DateScan scan, DateMention mention)
    {
        var first = scan.TokensOf(mention.Sentence).First;
        var prev = mention.FirstToken - 1;
        if (prev - 1 < first || !(scan.IsWord(prev, "ending") || scan.IsWord(prev, "ended"))) return false;
        return scan.IsWord(prev - 1, "week") || scan.IsWord(prev - 1, "month") || scan.IsWord(prev - 1, "fortnight");
    }

    /// <summary>
    /// "is scheduled to run through March 7, 2027", "kept programs running through Sept. 30", "can arrive through
    /// Saturday, Nov. 7": a span's last day written out is when it closes, a happening of its own ("through April",
    /// "through Thursday evening" stay a span's loose end).
    /// </summary>
    public static bool IsThroughDay(DateScan scan, DateMention mention)
    {
        var prev = mention.FirstToken - 1;
        return mention.Expression is { Form: DateForm.Calendar, Day: > 0 } && prev >= scan.TokensOf(mention.Sentence).First
            && (scan.IsWord(prev, "through") || scan.IsWord(prev, "thru"));
    }

    /// <summary>
    /// "with applications open until 30 November", "told pupils to stay home until at least Feb. 6": a state's end told
    /// after "until" with no past verb of its own before it is when that state runs out, which the story tells from its own
    /// time, so it is the nearest such day, whichever side of the story ("did not play again until February" in July is
    /// the February before, "open until 30 November" early in November the one after). "stayed closed until 3 March"
    /// keeps its past verb's tense.
    /// </summary>
    public static bool IsUntilDay(DateScan scan, DateMention mention)
    {
        if (mention.Expression is not { Form: DateForm.Calendar, Month: > 0, Year: 0, YearRelative: false, Shift: DateShift.None }) return false;
        var first = scan.TokensOf(mention.Sentence).First;
        var i = mention.FirstToken - 1;
        if (i - 1 >= first && scan.IsWord(i, "least") && scan.IsWord(i - 1, "at")) i -= 2;
        if (i < first || !(scan.IsWord(i, "until") || scan.IsWord(i, "till"))) return false;
        var before = i - 1;
        if (before >= first && scan.IsWord(before, "again")) before--;
        return before >= first && scan.Tokens[before].Kind == TokenKind.Word && !ClauseTense.IsPastVerb(scan, before);
    }

    // The words right before "until" tell a state that lasts: "runs", "remain closed", "suspended", "in force".
    private static bool IsLastingState(DateScan scan, int until, int first)
    {
        for (var i = until - 1; i >= first && i >= until - 3; i--)
        {
            if (scan.Tokens[i].Kind != TokenKind.Word) return false;
            // "a yellow warning for rain until 18:00 GMT on Friday": weather lasting until then.
            if (LastingStateWords.Contains(scan.Text(i)) || DateWords.WeatherNouns.Contains(scan.Text(i))) return true;
            if (!(scan.IsWord(i, "normally") || scan.IsWord(i, "usually") || scan.IsWord(i, "typically") || scan.IsWord(i, "closed")
                  || scan.IsWord(i, "open") || scan.IsWord(i, "shut"))) return false;
        }
        return false;
    }

    // "extended its cold-health alert for England until Monday", "extends the consultation until 30 June": what is
    // extended runs on to that day, when it ends; the extending happened when the story says.
    private static bool IsExtendedUntil(DateScan scan, int until, int first)
    {
        for (var i = until - 1; i >= first && i >= until - 10; i--)
        {
            var t = scan.Tokens[i];
            if (t.Kind == TokenKind.Symbol && scan.Body[t.Start] is ',' or ';' or ':' or '—' or '–' or '"' or '“' or '”') return false;
            if (scan.IsWord(i, "extended") || scan.IsWord(i, "extends") || scan.IsWord(i, "extend") || scan.IsWord(i, "extending")) return true;
        }
        return false;
    }

    private static readonly FilteredWords LastingStateWords =
        WordSet("runs", "lasts", "remain", "remains", "stay", "stays", "suspended", "force", "effect", "place", "continue", "continues");

    /// <summary>
    /// "last week", "this year", "next year": a period word. The contract has no week precision and a bare year of
    /// this kind names a period ("revenue last year"), not a happening.
    /// "moved from Seoul last year" and "a report last year" keep it: a verb of happening or a report right before it.
    /// </summary>
    private static bool HasWouldHaveTo(DateScan scan, DateMention mention, int first)
    {
        for (var i = mention.FirstToken - 1; i - 2 >= first && i >= mention.FirstToken - 12; i--)
            if (scan.IsWord(i, "to") && scan.IsWord(i - 1, "have") && DateWords.Modals.Contains(scan.Text(i - 2))) return true;
        return false;
    }

    // "a survey published by the Local Government Association this month", "would meet with union representatives this
    // month": a verb of happening, or of a coming act, a few words before the month, with its object or agent between,
    // is dated by it ("heat-related calls this month", "the second rescue this month" count within the month).
    private static bool DatesTheVerbBefore(DateScan scan, DateMention mention, int first)
    {
        var words = 0;
        for (var i = mention.FirstToken - 1; i >= first && words < PeriodVerbReach; i--)
        {
            var token = scan.Tokens[i];
            if (token.Kind == TokenKind.Symbol)
            {
                // "(LGA)": an abbreviation in brackets is part of the name before it.
                if (scan.Body[token.Start] is '(' or ')') continue;
                return false;
            }
            if (token.Kind != TokenKind.Word) return false;
            words++;
            if (!char.IsLower(scan.Body[token.Start])) continue;
            if (IsHappeningVerb(scan, i) && !DateWords.AdjectiveCues.Contains(i > first ? scan.Text(i - 1) : default)) return true;
            if (ClauseTense.IsFutureMarker(scan, i, mention.FirstToken)) return true;
        }
        return false;
    }

    public static bool IsBarePeriod(DateScan scan, DateMention mention, ClauseReading reading)
    {
        if (mention.Expression is not { Form: DateForm.Relative } e || e.FromPrevious) return false;
        // "last week" is dated by its Monday (the corpus convention); this week and next week stay periods.
        if (e.Unit == RelativeUnit.Week) return e.Offset != -1;
        var (first, _) = scan.TokensOf(mention.Sentence);
        // "the third time this month" is the month as a period; "earlier this month" a point in it.
        // "the review, which was completed this month": right after a past verb, the month dates that happening.
        if (e is { Unit: RelativeUnit.Month, Offset: 0 })
            return !(mention.FirstToken > first && (scan.IsWord(mention.FirstToken - 1, "later") || scan.IsWord(mention.FirstToken - 1, "earlier")
                                                     || IsHappeningVerb(scan, mention.FirstToken - 1)))
                && !DatesTheVerbBefore(scan, mention, first);
        if (e.Unit != RelativeUnit.Year || e.Offset is < -1 or > 1) return false;
        // "later this year", "earlier this year": a point within the year, not the year as a period.
        if (e.Offset == 0) return !(mention.FirstToken > first && (scan.IsWord(mention.FirstToken - 1, "later") || scan.IsWord(mention.FirstToken - 1, "earlier")));
        // "Last year, the trust was placed in special measures": a leading time adverbial dates the whole clause.
        if (mention.FirstToken == first) return !reading.HasVerb;
        // "close the plant by the end of next year", "a production that would be announced next year": a plan in a
        // future clause is dated to that year.
        // A speaker's "we'll be back next year" and "would have to return to it next year" stay possibilities.
        if (e.Offset > 0 && !IsInsideQuotation(scan, mention) && !HasWouldHaveTo(scan, mention, first) && (reading.Tense == Tense.Future && reading.HasVerb
            || mention.FirstToken - 2 >= first && scan.IsWord(mention.FirstToken - 1, "of") && scan.IsWord(mention.FirstToken - 2, "end")))
            return false;
        // "and last year raised council tax by 4.99%": a past verb right after the year is the happening it dates.
        var (_, end) = scan.TokensOf(mention.Sentence);
        for (var i = mention.LastToken + 1; e.Offset < 0 && i < end && i <= mention.LastToken + 2; i++)
            if (IsHappeningVerb(scan, i)) return false;
        var words = 0;
        for (var i = mention.FirstToken - 1; i >= first && words < PeriodVerbReach; i--)
        {
            var token = scan.Tokens[i];
            if (token.Kind == TokenKind.Number) continue;
            // "announced £100m of funding …", "paid $1.5 million": an amount's unit is part of the figure, not a word.
            if (i > first && scan.Tokens[i - 1].Kind == TokenKind.Number && (scan.Tokens[i - 1].End == token.Start
                || scan.IsWord(i, "million") || scan.IsWord(i, "billion"))) continue;
            if (token.Kind == TokenKind.Symbol)
            {
                // "approved in a 6-3 vote last year": a score's hyphen joins numbers.
                if (scan.Body[token.Start] is '$' or '£' or '€' or '%' or '.') continue;
                if (scan.Body[token.Start] == '-' && i > first && scan.Tokens[i - 1].Kind == TokenKind.Number) continue;
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
        if (noun >= first && scan.Tokens[noun].Kind == TokenKind.Word && DateWords.EventNouns.Contains(scan.Text(noun))) return true;
        return PremodifiesAHappening(scan, mention);
    }

    /// <summary>
    /// "the 2023 strikes", "at its Nov. 19 meeting", "in the June draft", "in the May local elections": a calendar date
    /// before a noun of happening (up to two words describing it between) dates that happening.
    /// </summary>
    public static bool PremodifiesAHappening(DateScan scan, DateMention mention)
    {
        if (mention.Expression is not { Form: DateForm.Calendar, Month: > 0 } and not { Form: DateForm.Calendar, Year: > 0 }) return false;
        var (_, end) = scan.TokensOf(mention.Sentence);
        for (var i = mention.LastToken + 1; i < end && i <= mention.LastToken + 3; i++)
        {
            if (scan.Tokens[i].Kind != TokenKind.Word || scan.IsWord(i, "of") || scan.IsWord(i, "and")) return false;
            if (DateWords.IsEventNoun(scan.Text(i))) return true;
        }
        return false;
    }

    /// <summary>"before Wednesday's report": the weekday only describes a thing whose day the text tells elsewhere.</summary>
    public static bool IsPossessiveWeekday(DateScan scan, DateMention mention)
    {
        // "Thursday evening's event", "February's price index": the day or month only labels a thing.
        var e = mention.Expression;
        if (!(e.Form == DateForm.Weekday || e is { Form: DateForm.Calendar, Year: 0, Day: 0, Month: > 0 })) return false;
        if (PossessiveEnd(scan, mention) is not { } after) return false;
        var (_, end) = scan.TokensOf(mention.Sentence);
        // "Saturday's 2-0 defeat", "Saturday's home game", "last June's draft": a happening that day, named by its noun.
        for (var i = after; i < end && i <= after + 4; i++)
        {
            if (scan.Tokens[i].Kind == TokenKind.Word && DateWords.EventNouns.Contains(scan.Text(i))) return false;
            if (scan.Tokens[i].Kind == TokenKind.Word && !char.IsLower(scan.Body[scan.Tokens[i].Start])) break;
        }
        return true;
    }

    /// <summary>"Thursday evening's event", "Saturday's game": the weekday written as a possessive, whatever its noun.</summary>
    public static bool IsWrittenPossessive(DateScan scan, DateMention mention) => PossessiveEnd(scan, mention) is not null;

    // The token after the "'s" that follows the mention (a weekday's "evening" included), or null when none follows.
    private static int? PossessiveEnd(DateScan scan, DateMention mention)
    {
        var (_, end) = scan.TokensOf(mention.Sentence);
        var next = mention.LastToken + 1;
        if (mention.Expression.Form == DateForm.Weekday && next < end && IsPartOfDayWord(scan, next)) next++;
        return next + 1 < end && (scan.IsSymbol(next, '\'') || scan.IsSymbol(next, '’')) && scan.IsWord(next + 1, "s") ? next + 2 : null;
    }

    private static bool IsPartOfDayWord(DateScan scan, int i) =>
        scan.IsWord(i, "morning") || scan.IsWord(i, "afternoon") || scan.IsWord(i, "evening") || scan.IsWord(i, "night");

    /// <summary>
    /// "crossed the Channel between January and April": the two ends of the window a figure counts over, not happenings.
    /// </summary>
    public static bool IsBetweenSpan(DateScan scan, DateMention mention)
    {
        var (first, end) = scan.TokensOf(mention.Sentence);
        var prev = mention.FirstToken - 1;
        if (prev >= first && scan.IsWord(prev, "between"))
        {
            var and = mention.LastToken + 1;
            // "between Sunday night and Monday evening"
            if (and < end && mention.Expression.Form == DateForm.Weekday && IsPartOfDayWord(scan, and)) and++;
            return and + 1 < end && scan.IsWord(and, "and") && StartsADate(scan, and + 1);
        }
        if (IsFromSpanEnd(scan, prev, first)) return true;
        // The second end: "… and mid-May", "… and April", "… and the end of August".
        var k = prev;
        if (k - 3 >= first && scan.IsWord(k, "of") && IsPartOfSpan(scan, k - 1) && scan.IsWord(k - 2, "the")) k -= 3;
        if (k >= first && (scan.IsSymbol(k, '-') && k - 1 >= first && scan.IsWord(k - 1, "mid"))) k -= 2;
        else if (k >= first && (scan.IsWord(k, "early") || scan.IsWord(k, "late") || scan.IsWord(k, "mid"))) k--;
        if (k < first || !scan.IsWord(k, "and")) return false;
        for (var i = k - 1; i >= first && i >= k - 6; i--)
            if (scan.IsWord(i, "between")) return true;
        return false;
    }

    // "served as president from 2003 to 2009", "incidents reported from Oct. 12 to Oct. 18": the end of a span whose
    // start is written just before it; like its start, it bounds a period rather than dating a happening.
    private static bool IsFromSpanEnd(DateScan scan, int prev, int first)
    {
        if (prev < first || !(scan.IsWord(prev, "to") || scan.IsWord(prev, "until") || scan.IsWord(prev, "till") || scan.IsWord(prev, "through"))) return false;
        for (var i = prev - 1; i >= first && i >= prev - 5; i--)
        {
            if (scan.IsWord(i, "from")) return i < prev - 1;
            var t = scan.Tokens[i];
            if (t.Kind == TokenKind.Number || scan.IsSymbol(i, '.') || scan.IsSymbol(i, ',')) continue;
            if (t.Kind == TokenKind.Word && (DateWords.Months.ContainsKey(scan.Text(i)) || DateWords.MonthAbbreviations.ContainsKey(scan.Text(i))
                || DateWords.Weekdays.ContainsKey(scan.Text(i)))) continue;
            return false;
        }
        return false;
    }

    private static bool IsPartOfSpan(DateScan scan, int i) =>
        scan.IsWord(i, "end") || scan.IsWord(i, "start") || scan.IsWord(i, "beginning") || scan.IsWord(i, "middle");

    private static bool StartsADate(DateScan scan, int i)
    {
        // "between April and the end of August"
        if (scan.IsWord(i, "the") && i + 2 < scan.Tokens.Count && IsPartOfSpan(scan, i + 1) && scan.IsWord(i + 2, "of")) return true;
        if (scan.IsWord(i, "mid") || scan.IsWord(i, "early") || scan.IsWord(i, "late")) return true;
        var text = scan.Text(i);
        // ("between Oct. 1 and Dec. 15": a month abbreviated, as US style writes it.)
        return scan.Tokens[i].Kind == TokenKind.Word && (DateWords.Months.ContainsKey(text) || DateWords.MonthAbbreviations.ContainsKey(text)
                                                         || DateWords.Weekdays.ContainsKey(text))
            || scan.Tokens[i].Kind == TokenKind.Number;
    }

    /// <summary>"the rest of January looked unsettled": a stretch of time, not a happening.</summary>
    public static bool IsRestOf(DateScan scan, DateMention mention)
    {
        var (first, _) = scan.TokensOf(mention.Sentence);
        var of = mention.FirstToken - 1;
        if (of - 1 < first || !scan.IsWord(of, "of")) return false;
        return scan.IsWord(of - 1, "rest") || scan.IsWord(of - 1, "remainder");
    }

    /// <summary>
    /// Whether a cue word stands at most <paramref name="maxWords"/> words before the mention in its sentence, with only
    /// words between ("first held in 1982", "since the first walkout in March 2023", "opened the bakery in 1995").
    /// </summary>
    public static bool CueBefore(DateScan scan, DateMention mention, int maxWords, Func<DateScan, int, bool> isCue)
    {
        var (first, _) = scan.TokensOf(mention.Sentence);
        for (var i = mention.FirstToken - 1; i >= first && i >= mention.FirstToken - maxWords; i--)
        {
            if (scan.Tokens[i].Kind != TokenKind.Word) return false;
            if (isCue(scan, i)) return true;
        }
        return false;
    }

    /// <summary>Whether token <paramref name="i"/> is a ';', ':' or dash that separates clauses.</summary>
    public static bool IsClauseBreak(DateScan scan, int i)
    {
        if (scan.Tokens[i].Kind != TokenKind.Symbol) return false;
        var c = scan.Body[scan.Tokens[i].Start];
        // "at 1:14 a.m.", "10:30": a clock time's colon joins digits, it does not end a clause.
        if (c == ':') return !IsClockColon(scan, scan.Tokens[i].Start);
        return c is ';' or '—' or '–';
    }

    private static bool IsClockColon(DateScan scan, int at) =>
        at > 0 && at + 1 < scan.Body.Length && char.IsAsciiDigit(scan.Body[at - 1]) && char.IsAsciiDigit(scan.Body[at + 1]);

    /// <summary>
    /// The first token after <paramref name="from"/> (and before <paramref name="limit"/>) that is a ';', ':' or
    /// dash, else <paramref name="limit"/>: "June 11, 2024 — … — by Sept. 1" are two clauses. Found once per
    /// sentence, so each date after a stated year asks "is there a break between?" without re-reading the gap.
    /// </summary>
    public static int FirstClauseBreakAfter(DateScan scan, int from, int limit)
    {
        for (var i = from + 1; i < limit && i < scan.Tokens.Count; i++)
            if (IsClauseBreak(scan, i)) return i;
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
        // ", which bought the plant in 2016,", ", a second-round pick in 2024,", ", signed by 200 countries in December
        // 2015,": a relative clause, an apposition or a participle phrase told as an aside.
        if (i <= sentenceFirst || !scan.IsSymbol(i, ',')
            || !(scan.IsWord(i + 1, "which") || scan.IsWord(i + 1, "who") || scan.IsWord(i + 1, "whose")
                 || scan.IsWord(i + 1, "a") || scan.IsWord(i + 1, "an") || (i + 1 < inside && IsHappeningVerb(scan, i + 1)))) return int.MaxValue;
        for (var k = inside + 1; k < limit && k < inside + reach; k++)
            if (scan.IsSymbol(k, ',')) return k;
        return int.MaxValue;
    }

    private static readonly FilteredWords Modals =
        WordSet("would", "could", "might", "should", "must");

    private static readonly FilteredWords ComparedWords =
        WordSet("it", "they", "he", "she", "we", "this", "that", "there", "the", "was", "were", "is", "are", "had", "did", "been",
            "in", "at", "on", "during", "back", "then");

    private static FilteredWords WordSet(params string[] words) => new(words.ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    // "their first win since April 2025" (the previous win) dates something; "complaints since January" and "has
    // lived there since 1988" (a state held ever since, with no happening told) only count a span.
    private static bool StartsAState(DateScan scan, DateMention mention, int first, int since)
    {
        for (var i = since - 1; i >= first && i >= since - 12; i--)
        {
            var t = scan.Tokens[i];
            if (t.Kind == TokenKind.Symbol && scan.Body[t.Start] is ',' or ';' or ':' or '—' or '–' or '"' or '“' or '”') return false;
            if (scan.IsWord(i, "first")) return true;
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
            // "would have voted" did not happen; "would have an MRI on Monday" (have as the verb) is a plan.
            if (scan.IsWord(i, "have") && scan.Tokens[i - 1].Kind == TokenKind.Word && Modals.Contains(scan.Text(i - 1))
                && i + 1 < end && (IsHappeningVerb(scan, i + 1) || scan.IsWord(i + 1, "been") || DateWords.StateVerbs.Contains(scan.Text(i + 1))))
                return true;
        }
        return false;
    }

    /// <summary>
    /// "pay remains lower than it was in 2008", "running slightly ahead of 2023": a baseline of comparison, not a
    /// happening; nor is a span up to now ("so far in 2024").
    /// </summary>
    public static bool IsComparisonBaseline(DateScan scan, DateMention mention)
    {
        var (first, _) = scan.TokensOf(mention.Sentence);
        // "returns running slightly ahead of 2023", "a pace well behind 2022": a whole year set beside a figure as its measure.
        if (mention.Expression is { Form: DateForm.Calendar, Month: 0, Year: > 0 } && mention.FirstToken - 1 >= first
            && (scan.IsWord(mention.FirstToken - 1, "behind")
                || mention.FirstToken - 2 >= first && scan.IsWord(mention.FirstToken - 1, "of") && scan.IsWord(mention.FirstToken - 2, "ahead")))
            return true;
        // "have lost about 18% so far in 2024": a span up to now, not a happening.
        if (mention.FirstToken - 3 >= first && scan.IsWord(mention.FirstToken - 1, "in") && scan.IsWord(mention.FirstToken - 2, "far")
            && scan.IsWord(mention.FirstToken - 3, "so"))
            return true;
        for (var i = mention.FirstToken - 1; i >= first && i >= mention.FirstToken - 6; i--)
        {
            if (scan.IsWord(i, "than")) return true;
            if (scan.Tokens[i].Kind != TokenKind.Word || !ComparedWords.Contains(scan.Text(i))) return false;
        }
        return false;
    }

    // "pupils sat the papers on 11 November", "he stood trial in March": "sat" or "stood" with an object is something
    // done, not how a figure stood ("the rate sat at 4.2% on Friday").
    private static bool IsSatOrStoodAThing(DateScan scan, int i) =>
        (scan.IsWord(i, "sat") || scan.IsWord(i, "stood")) && i + 1 < scan.Tokens.Count
        && (scan.IsWord(i + 1, "the") || scan.IsWord(i + 1, "a") || scan.IsWord(i + 1, "an") || scan.IsWord(i + 1, "their")
            || scan.IsWord(i + 1, "his") || scan.IsWord(i + 1, "her") || scan.IsWord(i + 1, "trial") || scan.IsWord(i + 1, "exams"));

    private static readonly FilteredWords StateClauseVerbs =
        WordSet("remained", "remain", "remains", "stayed", "stood", "had", "lay", "sat", "peaked", "averaged", "hovered", "totalled", "totaled");

    private static readonly FilteredWords MeasureNouns =
        WordSet("price", "prices", "level", "levels", "value", "valuation", "reading");

    private static readonly FilteredWords ChangeWords =
        WordSet("up", "down", "unchanged", "higher", "lower", "compared", "versus", "vs");

    private static readonly FilteredWords ForecastChangeVerbs =
        WordSet("cut", "raised", "lowered", "lifted", "trimmed", "slashed", "revised", "upgraded", "downgraded", "reduced", "increased",
            "issued", "published", "released", "withdrew", "scrapped", "reaffirmed", "reiterated");

    private static readonly FilteredWords ForecastNouns =
        WordSet("projection", "projections", "forecast", "forecasts", "outlook", "prediction", "predictions", "median", "estimate", "estimates");

    // "the record day had come on Saturday, July 25", "had written to the union on Monday": "had" before a participle
    // is the pluperfect of a happening, not a possession ("had 34 flood alerts in place").
    private static bool IsPluperfectHad(DateScan scan, int i) =>
        scan.IsWord(i, "had") && i + 1 < scan.Tokens.Count && !scan.IsWord(i + 1, "been")
        && (IsHappeningVerb(scan, i + 1) || scan.IsWord(i + 1, "come") || scan.IsWord(i + 1, "become") || scan.IsWord(i + 1, "run")
            || scan.IsWord(i + 1, "already") || scan.IsWord(i + 1, "just"));

    // "She had surgery in September", "had a previous conviction for speeding in 2021": what someone had is a happening
    // when it is named by a noun of happening ("had 40 staff in 2020" stays a state).
    private static bool HadAHappening(DateScan scan, int had, int date)
    {
        if (!scan.IsWord(had, "had")) return false;
        for (var k = had + 1; k < date && k <= had + 4; k++)
        {
            if (scan.Tokens[k].Kind != TokenKind.Word) return false;
            if (DateWords.EventNouns.Contains(scan.Text(k))) return true;
            // "had its busiest day since the war on Tuesday", "had their wettest night": a record day is a happening.
            if (k + 1 < date && scan.Text(k) is { Length: > 5 } word && word.EndsWith("est", StringComparison.Ordinal)
                && (scan.IsWord(k + 1, "day") || scan.IsWord(k + 1, "night"))) return true;
        }
        return false;
    }

    // "the tide peaked at around 7.20pm on Sunday", "Complaints peaked in November, when …": a peak with no figure is the
    // moment something was at its height, a happening; "peaked at 13.2% in December" is a level measured.
    private static bool IsPeakMoment(DateScan scan, int i, int date)
    {
        if (!scan.IsWord(i, "peaked")) return false;
        for (var k = i + 1; k < date && k <= i + 4; k++)
        {
            if (scan.Tokens[k].Kind != TokenKind.Number) continue;
            var clock = k + 1 < date && (scan.IsWord(k + 1, "pm") || scan.IsWord(k + 1, "am") || scan.IsWord(k + 1, "p") || scan.IsWord(k + 1, "a")
                || scan.IsSymbol(k + 1, ':') || scan.IsSymbol(k + 1, '.') && k + 3 < date && (scan.IsWord(k + 3, "pm") || scan.IsWord(k + 3, "am")));
            return clock;
        }
        return true;
    }

    /// <summary>
    /// "A cordon remained in place on Monday afternoon", "it had 34 flood alerts in place on Wednesday evening", "the ratio
    /// stood at 13.2% at the end of December": the clause's verb before the date tells a state at that time, not a
    /// happening.
    /// </summary>
    public static bool IsStateAtTime(DateScan scan, DateMention mention)
    {
        var (first, _) = scan.TokensOf(mention.Sentence);
        for (var i = mention.FirstToken - 1; i >= first && i >= mention.FirstToken - 12; i--)
        {
            var t = scan.Tokens[i];
            if (t.Kind == TokenKind.Symbol && scan.Body[t.Start] is ',' or ';' or ':' or '—' or '–' or '"' or '“' or '”') return false;
            if (t.Kind != TokenKind.Word || !char.IsLower(scan.Body[t.Start])) continue;
            // "stood down in February", "sat down on Monday", "shoppers stayed away yesterday": a phrasal happening, not a state.
            if (StateClauseVerbs.Contains(scan.Text(i)))
                return !(scan.IsWord(i + 1, "down") || scan.IsWord(i + 1, "aside") || scan.IsWord(i + 1, "up") || scan.IsWord(i + 1, "away"))
                    && !IsSatOrStoodAThing(scan, i)
                    && !IsPluperfectHad(scan, i) && !IsPeakMoment(scan, i, mention.FirstToken) && !HadAHappening(scan, i, mention.FirstToken);
            // "customers were without power Thursday evening", "14 appliances were at the scene on Sunday", "tickets were
            // still available Thursday": a past "to be" with no participle after it tells how things stood then; "were
            // due on Friday to discuss", "was to meet on Monday" tell what was coming.
            // Only for a day told by its weekday: "The last strike was in March 2025" dates that strike.
            if ((scan.IsWord(i, "was") || scan.IsWord(i, "were")) && i + 1 < mention.FirstToken)
                return mention.Expression.Form == DateForm.Weekday && IsCopulaState(scan, i + 1, mention.FirstToken);
            // "its closing price on Monday": a figure as it stood that day.
            if (i == mention.FirstToken - 2 && scan.IsWord(i + 1, "on") && MeasureNouns.Contains(scan.Text(i))) return true;
            // "Nine patients remained hospitalized on Wednesday", "the road stayed closed on Monday": the participle
            // tells the state held.
            if (IsHappeningVerb(scan, i) && i - 1 >= first && (scan.IsWord(i - 1, "remained") || scan.IsWord(i - 1, "remain")
                    || scan.IsWord(i - 1, "remains") || scan.IsWord(i - 1, "stayed"))) return true;
            // "38,000 customers were still cut off this morning": "still" before the participle tells a lasting state too.
            if (IsHappeningVerb(scan, i) && i - 2 >= first && scan.IsWord(i - 1, "still") && (scan.IsWord(i - 2, "was") || scan.IsWord(i - 2, "were")))
                return true;
            // "was 8% contained early Wednesday": a share of a state, how far it stood then.
            if (i - 3 >= first && (scan.IsSymbol(i - 1, '%') || scan.IsWord(i - 1, "percent")) && scan.Tokens[i - 2].Kind == TokenKind.Number
                && (scan.IsWord(i - 3, "was") || scan.IsWord(i - 3, "were") || scan.IsWord(i - 3, "is")))
                return mention.Expression.Form == DateForm.Weekday;
            if (IsHappeningVerb(scan, i) || ClauseTense.IsFutureMarker(scan, i, mention.FirstToken)) return false;
        }
        return false;
    }

    private static readonly FilteredWords ComingAfterCopula =
        WordSet("due", "set", "expected", "scheduled", "slated", "to", "going", "about", "being", "born", "named",
            // "was the first win since …", "was one of the closest races on Tuesday": a noun predicate names a happening.
            "the", "a", "an", "one", "its", "their", "his", "her");

    // What follows "was"/"were" up to the date: a state unless it is a participle, "due", "to …" or a verb in "-ing" of
    // its own after an object ("was watering her tomatoes Thursday" stays a state of that moment).
    private static bool IsCopulaState(DateScan scan, int from, int date)
    {
        var i = from;
        while (i < date && (scan.IsWord(i, "still") || scan.IsWord(i, "also") || scan.IsWord(i, "all")
                            || scan.Tokens[i].Kind == TokenKind.Word && scan.Text(i).EndsWith("ly", StringComparison.Ordinal))) i++;
        if (i >= date || scan.Tokens[i].Kind != TokenKind.Word) return false;
        return !ComingAfterCopula.Contains(scan.Text(i)) && !ClauseTense.IsPastVerb(scan, i);
    }

    // The comma opening a ", or $1.02 per share," aside that closes at <paramref name="comma"/>, or -1.
    private static int RestatedFigureStart(DateScan scan, int comma, int first)
    {
        for (var j = comma - 1; j > first && j >= comma - 8; j--)
            if (scan.IsSymbol(j, ',')) return scan.IsWord(j + 1, "or") ? j : -1;
        return -1;
    }

    /// <summary>"down from more than $20 a barrel in 2022", "unchanged from December": the other side of a comparison.</summary>
    public static bool IsChangeBaseline(DateScan scan, DateMention mention)
    {
        var (first, _) = scan.TokensOf(mention.Sentence);
        for (var i = mention.FirstToken - 1; i > first && i >= mention.FirstToken - 18; i--)
        {
            var t = scan.Tokens[i];
            // "compared with $171.6 million, or $1.02 per share, in the third quarter of 2025": an aside restating the figure.
            if (scan.IsSymbol(i, ',') && RestatedFigureStart(scan, i, first) is var restated and >= 0) { i = restated; continue; }
            if (t.Kind == TokenKind.Symbol && scan.Body[t.Start] is ',' or ';' or ':' or '—' or '–') return false;
            // "called up from Omaha on May 3" and "signs will go up from 2 March" are moves, not a change in a figure:
            // "up"/"down" count after a figure or a comma ("…, down from $20 a barrel in 2022").
            if (scan.IsWord(i, "from") && scan.Tokens[i - 1].Kind == TokenKind.Word && ChangeWords.Contains(scan.Text(i - 1))
                && (!(scan.IsWord(i - 1, "up") || scan.IsWord(i - 1, "down")) || i - 2 >= first && scan.Tokens[i - 2].Kind != TokenKind.Word))
                return !HasOwnVerb(scan, mention, first);
            if ((scan.IsWord(i, "with") || scan.IsWord(i, "to")) && scan.IsWord(i - 1, "compared")) return !HasOwnVerb(scan, mention, first);
            if (scan.IsWord(i, "versus") || scan.IsWord(i, "vs")) return true;
        }
        return false;
    }

    /// <summary>"projections showed a median of two cuts in 2026": a forecast's date lies in what is forecast.</summary>
    public static bool IsForecast(DateScan scan, DateMention mention)
    {
        var (first, _) = scan.TokensOf(mention.Sentence);
        for (var i = mention.FirstToken - 1; i >= first && i >= mention.FirstToken - 10; i--)
        {
            var t = scan.Tokens[i];
            if (t.Kind == TokenKind.Symbol && scan.Body[t.Start] is ';' or ':' or '—' or '–') return false;
            if (t.Kind == TokenKind.Word && ForecastNouns.Contains(scan.Text(i))) return !HasOwnVerb(scan, mention, first) && !IsActedOn(scan, i, first);
        }
        return false;
    }

    // "cut its full-year sales forecast in July", "raised its outlook in May": a forecast that a past verb acts on is
    // changed then, a happening.
    private static bool IsActedOn(DateScan scan, int noun, int first)
    {
        for (var k = noun - 1; k >= first && k >= noun - 7; k--)
        {
            if (scan.Tokens[k].Kind == TokenKind.Symbol && !scan.IsSymbol(k, '-')) return false;
            if (scan.Tokens[k].Kind != TokenKind.Word) continue;
            if (ForecastChangeVerbs.Contains(scan.Text(k))) return !(k > first && DateWords.AdjectiveCues.Contains(scan.Text(k - 1)));
            if (!char.IsLower(scan.Body[scan.Tokens[k].Start]) || IsHappeningVerb(scan, k)) return false;
        }
        return false;
    }

    // "a previous forecast issued in February": a verb right before the date (and its preposition) is what it dates.
    private static bool HasOwnVerb(DateScan scan, DateMention mention, int first)
    {
        var i = mention.FirstToken - 1;
        if (i >= first && scan.Tokens[i].Kind == TokenKind.Word && DateWords.Prepositions.Contains(scan.Text(i))) i--;
        return i >= first && IsHappeningVerb(scan, i) && !ChangeWords.Contains(scan.Text(i));
    }

    /// <summary>
    /// "That's really all it took today," inside a quotation: the speaker's now, the day the story already dates; and
    /// "This dispute could be resolved tomorrow", "walking their biosecurity today, not tomorrow": a speaker's tomorrow
    /// is rhetoric about what should come soon, not a dated happening.
    /// </summary>
    public static bool IsQuotedToday(DateScan scan, DateMention mention) =>
        mention.Expression is { Form: DateForm.Relative, Unit: RelativeUnit.Day, Offset: 0 or 1, FromPrevious: false } && IsInsideQuotation(scan, mention);

    /// <summary>
    /// "bills were likely to fall slightly in April": a likelihood is a forecast, not a dated happening; "before the
    /// July 4 holiday": a limit something comes ahead of, not when it comes.
    /// </summary>
    public static bool IsLikelihoodOrLimit(DateScan scan, DateMention mention)
    {
        var (first, end) = scan.TokensOf(mention.Sentence);
        var prev = mention.FirstToken - 1;
        if (prev >= first && scan.IsWord(prev, "the")) prev--;
        if (prev >= first && scan.IsWord(prev, "before") && !IsPossessiveWeekday(scan, mention)
            && !(mention.LastToken + 1 < end && (scan.IsSymbol(mention.LastToken + 1, '\'') || scan.IsSymbol(mention.LastToken + 1, '’'))))
            return true;
        for (var i = mention.FirstToken - 1; i > first && i >= mention.FirstToken - 10; i--)
        {
            var t = scan.Tokens[i];
            if (t.Kind == TokenKind.Symbol && scan.Body[t.Start] is ',' or ';' or ':' or '—' or '–' or '"' or '“' or '”') return false;
            if (scan.IsWord(i, "to") && scan.IsWord(i - 1, "likely") && !(i - 2 >= first && scan.IsWord(i - 2, "less"))) return true;
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
            // "… when the price cap changes on July 1": a "when" clause inside the condition tells a fact.
            if (scan.IsWord(i, "when")) return false;
            // "would decide by noon Thursday whether to cancel classes on Friday": what may or may not happen.
            if (scan.IsWord(i, "if") || scan.IsWord(i, "unless") || scan.IsWord(i, "whether")) return true;
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
            // ("had warned the regulator in June that …": a date before what was planned or warned of dates the warning.)
            if (scan.Tokens[i].Kind == TokenKind.Word && PlanVerbs.Contains(scan.Text(i)) && scan.IsWord(i - 1, "had")) return OpensWhatWasPlanned(scan, i + 1, mention.FirstToken);
            // "The first boat was originally due in 2028": a plan the story says has changed.
            if ((scan.IsWord(i, "originally") || scan.IsWord(i, "initially")) && i + 1 < mention.FirstToken
                && scan.Tokens[i + 1].Kind == TokenKind.Word && (PlanVerbs.Contains(scan.Text(i + 1)) || SchedulePassives.Contains(scan.Text(i + 1))))
                return true;
            // "the opening, which had been scheduled for next year" (and has now been put off).
            if (scan.Tokens[i].Kind == TokenKind.Word && (PlanVerbs.Contains(scan.Text(i)) || SchedulePassives.Contains(scan.Text(i)))
                && i - 2 > first && scan.IsWord(i - 1, "been") && scan.IsWord(i - 2, "had")) return true;
        }
        return false;
    }

    // A "to", a "that" or a future word between the plan verb and the date: the date is inside what was planned.
    private static bool OpensWhatWasPlanned(DateScan scan, int from, int date)
    {
        for (var k = from; k < date; k++)
            if (scan.IsWord(k, "to") || scan.IsWord(k, "that") || scan.IsWord(k, "for") || ClauseTense.IsFutureMarker(scan, k, date)) return true;
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
        var (_, end) = scan.TokensOf(mention.Sentence);
        var by = mention.FirstToken - 1;
        // "By the end of April, 1,180 people had been returned": the count so far at the end of the month.
        if (by - 3 >= first && scan.IsWord(by, "of") && scan.IsWord(by - 1, "end") && scan.IsWord(by - 2, "the") && scan.IsWord(by - 3, "by"))
        {
            for (var i = mention.LastToken + 1; i < end && i <= mention.LastToken + 12; i++)
                if (scan.IsWord(i, "had")) return true;
            by -= 3;
        }
        if (by <= first || !scan.IsWord(by, "by") || mention.Expression.Form != DateForm.Weekday) return false;
        for (var i = by - 1; i >= first && i >= by - 8; i--)
        {
            if (scan.Tokens[i].Kind == TokenKind.Symbol && scan.Body[scan.Tokens[i].Start] is ',' or ';' or ':' or '—' or '–') return false;
            if (scan.IsWord(i, "had")) return true;
        }
        return false;
    }
}
