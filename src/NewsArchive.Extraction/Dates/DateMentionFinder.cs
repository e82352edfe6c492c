using NewsArchive.Extraction.Lexicon;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// Finds date expressions sentence by sentence: full dates ("March 12, 2019", "12 March 2019", "2019-03-12"),
/// month and day ("April 11"), month and year ("August 2017"), bare months and years after a preposition
/// ("in November", "In 2018"), weekdays ("on Tuesday"), and relative dates ("today", "last year",
/// "earlier this month", "three days ago"). Impossible dates (31 February, month 13) are not dates.
/// Vague spans ("in recent years", "the past six months") are not dates either.
/// </summary>
internal sealed class DateMentionFinder
{
    private const int MinYear = 1000;
    private const int MaxYear = 2999;
    // A bare number is read as a year only in this range: "in 1500 homes" is a count.
    internal const int MinBareYear = 1800;
    internal const int MaxBareYear = 2099;
    private const int YearLookBack = 400; // tokens searched back for the year that "that year" means (a few paragraphs)

    /// <summary>Tokenizes the sentences and returns every date mention in them.</summary>
    public DateScan Find(string body, IReadOnlyList<Sentence> sentences) => Scan(body, sentences);

    private static DateScan Scan(string body, IReadOnlyList<Sentence> sentences)
    {
        var tokens = new List<Token>(body.Length / 5 + 8);
        var starts = new int[sentences.Count + 1];
        for (var s = 0; s < sentences.Count; s++)
        {
            starts[s] = tokens.Count;
            Tokenizer.Tokenize(body, sentences[s].Span, tokens);
        }
        starts[sentences.Count] = tokens.Count;

        var scan = new DateScan(body, tokens, starts, []);
        for (var s = 0; s < sentences.Count; s++) FindInSentence(scan, s);
        var names = WeekdayNames(scan);
        if (names != 0) scan.Mentions.RemoveAll(m => m.Expression is { Form: DateForm.Weekday, Shift: DateShift.None } e && (names & (1 << (int)e.Weekday)) != 0);
        scan.Complete();
        return scan;
    }

    // "Sheffield Wednesday climb out of the bottom three", "told Wednesday Journal": a weekday inside a capitalized
    // name (a club, a newspaper) is that name, and so is its bare use elsewhere in the article ("the result lifts
    // Wednesday out of the zone"). Returns the weekdays so used, as bits.
    // Nearly every capitalized word is no weekday: the filter turns it away before the dictionary hashes it.
    private static readonly WordFilter WeekdayFilter = new(DateWords.Weekdays.Dictionary.Keys);

    private static int WeekdayNames(DateScan scan)
    {
        var names = 0;
        for (var s = 0; s + 1 < scan.SentenceStarts.Length; s++)
        {
            // Every weekday name ends in "day": a sentence without it is passed over without reading its tokens.
            if (!scan.SentenceHolds(s, "day")) continue;
            var (first, end) = scan.TokensOf(s);
            for (var i = first; i < end; i++)
            {
                var t = scan.Tokens[i];
                if (t.Kind != TokenKind.Word || !char.IsUpper(scan.Body[t.Start]) || !WeekdayFilter.MayContain(scan.Text(i))
                    || !DateWords.Weekdays.TryGetValue(scan.Text(i), out var day)) continue;
                // ("The Saturday strike" opens with an article, not a name.)
                var named = i - 1 >= first && IsNamePart(scan, i - 1) && !DateWords.Prepositions.Contains(scan.Text(i - 1))
                    && !(scan.IsWord(i - 1, "the") || scan.IsWord(i - 1, "every") || scan.IsWord(i - 1, "each") || scan.IsWord(i - 1, "one"))
                    && !DatedAfterName.Is(scan, i, first, end)
                    || i + 1 < end && IsNamePart(scan, i + 1) && !(i + 2 < end && scan.IsSymbol(i + 2, ','));
                if (named) names |= 1 << (day % 7);
            }
        }
        return names;
    }

    // A capitalized word that is no part of a date ("Sheffield", "Journal"; not "March", "Night", "On").
    private static bool IsNamePart(DateScan scan, int i)
    {
        var t = scan.Tokens[i];
        if (t.Kind != TokenKind.Word || !char.IsUpper(scan.Body[t.Start]) || t.End - t.Start < 3) return false;
        var text = scan.Text(i);
        return !DateWords.Triggers.Contains(text) && !DateWords.TimeOfDayWords.Contains(text) && !DateWords.NamedDayWords.Contains(text)
            && !DateWords.Months.ContainsKey(text)
            && !DateWords.MonthAbbreviations.ContainsKey(text);
    }

    private static void FindInSentence(DateScan scan, int sentence)
    {
        var (first, end) = scan.TokensOf(sentence);
        var i = first;
        while (i < end)
        {
            var token = scan.Tokens[i];
            if (token.Kind == TokenKind.Symbol || token.Kind == TokenKind.Word && !DateWords.Triggers.Contains(token.In(scan.Body)))
            {
                i++;
                continue;
            }
            if (TryMatch(scan, i, first, end, out var expression, out var from, out var last))
            {
                var span = new TextSpan(scan.Tokens[from].Start, scan.Tokens[last].End);
                scan.Mentions.Add(new DateMention(span, expression, sentence, from, last));
            }
            // An impossible date ("31 February 2019") is skipped whole, so no part of it is read as a date.
            i = last + 1;
        }
    }

    private static bool TryMatch(DateScan scan, int i, int first, int end, out DateExpression expression, out int from, out int last)
    {
        from = i;
        if (TryLater(scan, i, first, end, out expression, out from, out last)) return true;
        from = i;
        if (TryRelative(scan, i, first, end, out expression, out last)) return true;
        if (TryWeekday(scan, i, first, end, out expression, out from, out last)) return true;
        from = i;
        if (FixedHoliday.TryMatch(scan, i, first, end, out expression, out last)) return true;
        if (TryCalendar(scan, i, first, end, out expression, out last, out var bareMonth))
        {
            if (!bareMonth || BareMonthIsDate(scan, i, first, end, last))
            {
                // "In February 1989 a fire gutted the kitchen … the diner reopened that December": the year written before.
                if (bareMonth && expression is { Year: 0, YearRelative: false } && i > first && scan.IsWord(i - 1, "that")
                    && !(i - 2 >= first && DateWords.ReportingVerbs.Contains(scan.Text(i - 2)))
                    && LatestStatedYear(scan, i - 1) is { } thatYear)
                {
                    expression = expression with { Year = thatYear };
                    from = i - 1;
                    return true;
                }
                var shift = ShiftBefore(scan, i, first);
                if (shift != DateShift.None)
                {
                    from = i - 1;
                    expression = expression with { Shift = shift };
                }
                return true;
            }
            last = i;
            return false;
        }
        if (last > i) return false; // an impossible date, consumed whole
        last = i;
        if (TryBareYear(scan, i, first, end, out var year))
        {
            expression = DateExpression.Calendar(year, 0, 0);
            return true;
        }
        return false;
    }

    private static bool TryRelative(DateScan scan, int i, int first, int end, out DateExpression expression, out int last)
    {
        expression = default;
        last = i;
        var tokens = scan.Tokens;
        if (tokens[i].Kind != TokenKind.Word)
            return TryAgo(scan, i, end, out expression, out last);

        if (scan.IsWord(i, "today") || scan.IsWord(i, "tonight"))
        {
            // "BBC Radio 4's Today programme", "told USA TODAY", "Play for Today": capitalized after a word, a title.
            if (i > first && char.IsUpper(scan.Body[tokens[i].Start]) && tokens[i - 1].Kind == TokenKind.Word) return false;
            expression = DateExpression.Relative(RelativeUnit.Day, 0);
            return true;
        }
        if (scan.IsWord(i, "yesterday"))
        {
            expression = DateExpression.Relative(RelativeUnit.Day, -1);
            return true;
        }
        if (scan.IsWord(i, "tomorrow"))
        {
            expression = DateExpression.Relative(RelativeUnit.Day, 1);
            return true;
        }
        if (i + 1 < end && scan.IsWord(i, "this")
            && (scan.IsWord(i + 1, "morning") || scan.IsWord(i + 1, "afternoon") || scan.IsWord(i + 1, "evening")))
        {
            expression = DateExpression.Relative(RelativeUnit.Day, 0);
            last = i + 1;
            return true;
        }
        // "the window closed last night": the evening before the story's day ("the last night of the run" is not).
        if (i + 1 < end && scan.IsWord(i, "last") && scan.IsWord(i + 1, "night") && !(i > first && scan.IsWord(i - 1, "the")))
        {
            expression = DateExpression.Relative(RelativeUnit.Day, -1);
            last = i + 1;
            return true;
        }
        if (i + 1 < end && UnitAt(scan, i + 1, plural: false) is { } unit && unit != RelativeUnit.Day)
        {
            // "the last year" and "the next month" are spans of time, not dates.
            if (i > first && scan.IsWord(i - 1, "the")) return false;
            int? offset = scan.IsWord(i, "last") ? -1 : scan.IsWord(i, "this") ? 0 : scan.IsWord(i, "next") ? 1 : null;
            if (offset is null) return false;
            expression = DateExpression.Relative(unit, offset.Value);
            last = i + 1;
            return true;
        }
        return TryAgo(scan, i, end, out expression, out last);
    }

    // "two days later", "a year later", "the following day": counted from the date told before.
    private static bool TryLater(DateScan scan, int i, int first, int end, out DateExpression expression, out int from, out int last)
    {
        expression = default;
        from = i;
        last = i;
        // "died the next morning", "was arrested the following night", "had come ashore the previous evening": a day
        // counted on or back from the date told before, by the part of it named ("the next month" stays a span).
        if ((scan.IsWord(i, "following") || scan.IsWord(i, "next") || scan.IsWord(i, "previous")) && i + 1 < end && i - 1 >= first
            && scan.IsWord(i - 1, "the") && (scan.IsWord(i + 1, "day") && !scan.IsWord(i, "following") || IsPartOfDay(scan, i + 1))
            && !(i + 2 < end && (scan.IsSymbol(i + 2, '\'') || scan.IsSymbol(i + 2, '’')))
            // ("On the next day, March 3, they walked out": the date set beside it says the day itself.)
            && !(i + 3 < end && scan.IsSymbol(i + 2, ',') && (scan.Tokens[i + 3].Kind == TokenKind.Number
                || DateWords.Months.ContainsKey(scan.Text(i + 3)) || DateWords.Weekdays.ContainsKey(scan.Text(i + 3)))))
        {
            expression = DateExpression.Later(RelativeUnit.Day, scan.IsWord(i, "previous") ? -1 : 1);
            from = i - 1;
            last = i + 1;
            return true;
        }
        if (scan.IsWord(i, "following"))
        {
            if (i + 1 >= end || i - 1 < first || !scan.IsWord(i - 1, "the") || UnitAt(scan, i + 1, plural: false) is not { } unit) return false;
            // "in the following year's budget" names a thing, not a happening's date.
            if (i + 3 < end && (scan.IsSymbol(i + 2, '\'') || scan.IsSymbol(i + 2, '’'))) return false;
            // "the following week" names a week, which has no precision of its own here: no date.
            if (unit == RelativeUnit.Week) return false;
            expression = DateExpression.Later(unit, 1);
            from = i - 1;
            last = i + 1;
            return true;
        }
        // "two years later than planned" is a delay, not a date.
        if (!scan.IsWord(i, "later") || i - 2 < first || i + 1 < end && scan.IsWord(i + 1, "than")) return false;
        if (CountAt(scan, i - 2) is not { } count || count > 100) return false;
        if (UnitAt(scan, i - 1, plural: count != 1) is not { } later) return false;
        // The contract has no week precision: "a week later" is seven days on.
        expression = later == RelativeUnit.Week ? DateExpression.Later(RelativeUnit.Day, 7 * count) : DateExpression.Later(later, count);
        from = i - 2;
        return true;
    }

    // "three days ago", "2 weeks ago", "a year ago"
    private static bool TryAgo(DateScan scan, int i, int end, out DateExpression expression, out int last)
    {
        expression = default;
        last = i;
        if (i + 2 >= end || !scan.IsWord(i + 2, "ago")) return false;
        int count;
        if (scan.Tokens[i].Kind == TokenKind.Number)
        {
            if (!int.TryParse(scan.Text(i), out count) || count > 1000) return false;
        }
        else if (!DateWords.NumberWords.TryGetValue(scan.Text(i), out count)) return false;
        if (UnitAt(scan, i + 1, plural: count != 1) is not { } unit) return false;
        expression = DateExpression.Relative(unit, -count);
        last = i + 2;
        return true;
    }

    /// <summary>The count in "a week", "one year", "3 days", "two weeks"; null when token <paramref name="i"/> is none.</summary>
    internal static int? CountAt(DateScan scan, int i)
    {
        if (scan.Tokens[i].Kind == TokenKind.Number) return int.TryParse(scan.Text(i), out var number) ? number : null;
        if (scan.IsWord(i, "a") || scan.IsWord(i, "one")) return 1;
        return DateWords.NumberWords.TryGetValue(scan.Text(i), out var count) ? count : null;
    }

    /// <summary>As <see cref="CountAt"/>, also for a number word in capitals ("Seven years on from …", "After 30 Years").</summary>
    internal static int? CountOrWordAt(DateScan scan, int i)
    {
        if (CountAt(scan, i) is { } n) return n;
        var text = scan.Text(i);
        if (text.Length is 0 or > MaxNumberWordLength) return null;
        Span<char> lower = stackalloc char[text.Length];
        text.ToLowerInvariant(lower);
        return DateWords.NumberWords.TryGetValue(lower, out var count) ? count : null;
    }

    private const int MaxNumberWordLength = 16; // longer than any number word ("seventeen"), so never one

    /// <summary>The unit a word names: "day"/"week"/"month"/"year", with an "s" when <paramref name="plural"/>.</summary>
    internal static RelativeUnit? UnitAt(DateScan scan, int i, bool plural)
    {
        // The words written out, not joined from parts: a join would build a string at every ask.
        if (scan.IsWord(i, plural ? "days" : "day")) return RelativeUnit.Day;
        if (scan.IsWord(i, plural ? "weeks" : "week")) return RelativeUnit.Week;
        if (scan.IsWord(i, plural ? "months" : "month")) return RelativeUnit.Month;
        if (scan.IsWord(i, plural ? "years" : "year")) return RelativeUnit.Year;
        return null;
    }

    private static bool TryWeekday(DateScan scan, int i, int first, int end, out DateExpression expression, out int from, out int last)
    {
        expression = default;
        from = i;
        last = i;
        if (scan.Tokens[i].Kind != TokenKind.Word) return false;
        if (!DateWords.Weekdays.TryGetValue(scan.Text(i), out var day))
            return TryAbbreviatedWeekday(scan, i, first, end, out expression, out last);
        // "every Tuesday" is a habit, not a date.
        // "lock the doors on a Sunday", "two lines on a Friday", "any Monday": any such day, not a date.
        if (i > first && (scan.IsWord(i - 1, "every") || scan.IsWord(i - 1, "each") || scan.IsWord(i - 1, "a") || scan.IsWord(i - 1, "any"))) return false;
        // "held on the third Tuesday in May", "the first Monday of each month": a rule for which day, not a date.
        if (IsOrdinalWeekday(scan, i, first)) return false;
        // "working every other Sunday": every second such day.
        if (i - 2 >= first && scan.IsWord(i - 1, "other") && scan.IsWord(i - 2, "every")) return false;
        // "restore Sunday hours", "on Saturday mornings": a weekday before a plural of a recurring thing is a habit too.
        if (i + 1 < end && DateWords.HabitNouns.Contains(scan.Text(i + 1))) return false;
        // "Fox News Sunday", "Black Friday": a weekday inside a capitalized name is part of the name.
        if (i > first && scan.Tokens[i - 1].Kind == TokenKind.Word && char.IsUpper(scan.Body[scan.Tokens[i - 1].Start])
            && !(i - 1 == first || ShiftBefore(scan, i, first) != DateShift.None || scan.IsWord(i - 1, "On") || scan.IsWord(i - 1, "Since")
                 || scan.IsWord(i - 1, "By") || scan.IsWord(i - 1, "Until") || scan.IsWord(i - 1, "From")
                 // "at 7:20 a.m. ET Saturday", "8 p.m. EST Sunday": a clock time's zone, not a name.
                 || IsTimeZone(scan, i - 1))
            && !DatedAfterName.Is(scan, i, first, end))
            return false;

        // "Tuesday, March 12" (or "Monday night, March 30") is the calendar date; the weekday restates it, and
        // is kept because it pins the year when none is written.
        var shift = ShiftBefore(scan, i, first);
        var next = i + 1;
        if (next < end && IsPartOfDay(scan, next)) next++;
        if (next < end && scan.IsSymbol(next, ',')) next++;
        // "on Thursday (Nov. 20)": the date in brackets restates the weekday.
        var bracket = next < end && scan.IsSymbol(next, '(');
        if (bracket) next++;
        if (next < end && TryCalendar(scan, next, first, end, out var calendar, out var calendarLast, out var bare) && !bare
            && (!bracket || calendarLast + 1 < end && scan.IsSymbol(calendarLast + 1, ')')))
        {
            expression = calendar with { Weekday = (DayOfWeek)day, WeekdayStated = true, Shift = calendar.Year > 0 ? calendar.Shift : shift };
            if (shift != DateShift.None) from = i - 1;
            last = bracket ? calendarLast + 1 : calendarLast;
            return true;
        }
        if (shift != DateShift.None) from = i - 1;
        expression = DateExpression.OfWeekday((DayOfWeek)day, shift);
        return true;
    }

    private static bool IsTimeZone(DateScan scan, int i)
    {
        var word = scan.Text(i);
        return word.Length is >= 2 and <= 4 && !word.ContainsAnyInRange('a', 'z') && DateWords.TimeOfDayWords.Contains(word);
    }

    private static bool IsOrdinalWeekday(DateScan scan, int i, int first) =>
        i - 2 >= first && scan.IsWord(i - 2, "the") && DateWords.OrdinalNumbers.Contains(scan.Text(i - 1));

    // "Wed., Nov. 19": an abbreviated weekday is a date only with its full stop and a calendar date after it.
    private static bool TryAbbreviatedWeekday(DateScan scan, int i, int first, int end, out DateExpression expression, out int last)
    {
        expression = default;
        last = i;
        if (!DateWords.WeekdayAbbreviations.TryGetValue(scan.Text(i), out var day) || i + 2 >= end || !scan.IsSymbol(i + 1, '.')) return false;
        var next = i + 2;
        if (scan.IsSymbol(next, ',')) next++;
        if (next >= end || !TryCalendar(scan, next, first, end, out var calendar, out var calendarLast, out var bare) || bare || calendar.Day == 0)
            return false;
        expression = calendar with { Weekday = (DayOfWeek)day, WeekdayStated = true };
        last = calendarLast;
        return true;
    }

    private static bool IsPartOfDay(DateScan scan, int i) =>
        scan.IsWord(i, "night") || scan.IsWord(i, "morning") || scan.IsWord(i, "afternoon") || scan.IsWord(i, "evening");

    private static DateShift ShiftBefore(DateScan scan, int i, int first)
    {
        if (i <= first) return DateShift.None;
        if (scan.IsWord(i - 1, "last")) return DateShift.Last;
        if (scan.IsWord(i - 1, "next")) return DateShift.Next;
        if (scan.IsWord(i - 1, "this")) return DateShift.This;
        return DateShift.None;
    }

    /// <summary>A calendar date starting at token <paramref name="i"/>; <paramref name="bareMonth"/> when only a month name matched.</summary>
    private static bool TryCalendar(DateScan scan, int i, int first, int end, out DateExpression expression, out int last, out bool bareMonth)
    {
        expression = default;
        last = i;
        bareMonth = false;

        if (TryIso(scan, i, end, out expression, out last)) return true;
        if (last > i) return false; // shaped like an ISO date but impossible

        if (TryMonth(scan, i, end, out var month, out var monthLast, out var abbreviated))
        {
            var j = monthLast + 1;
            if (TryDay(scan, j, end, out var day, out var dayLast))
            {
                var k = dayLast + 1;
                if (k < end && scan.IsSymbol(k, ',')) k++;
                if (TryYearNumber(scan, k, end, out var year))
                {
                    last = k;
                    if (!IsValid(year, month, day)) return false;
                    expression = DateExpression.Calendar(year, month, day);
                    last = k;
                    return true;
                }
                last = dayLast;
                if (!IsValid(0, month, day)) return false;
                expression = DateExpression.Calendar(0, month, day);
                last = dayLast;
                YearPhraseAfter(scan, dayLast + 1, end, ref expression, ref last);
                return true;
            }
            var y = j;
            if (y < end && scan.IsSymbol(y, ',')) y++;
            if (TryYearNumber(scan, y, end, out var monthYear))
            {
                expression = DateExpression.Calendar(monthYear, month, 0);
                last = y;
                return true;
            }
            if (abbreviated) return false;
            expression = DateExpression.Calendar(0, month, 0);
            last = monthLast;
            bareMonth = true;
            YearPhraseAfter(scan, monthLast + 1, end, ref expression, ref last);
            return true;
        }

        if (TryDay(scan, i, end, out var dayFirst, out var dayFirstLast))
        {
            var j = DayListEnd(scan, dayFirstLast + 1, end);
            if (j < end && scan.IsWord(j, "of")) j++;
            if (!TryMonth(scan, j, end, out var m, out var mLast, out _)) return false;
            var k = mLast + 1;
            if (k < end && scan.IsSymbol(k, ',')) k++;
            if (TryYearNumber(scan, k, end, out var year))
            {
                last = k;
                if (!IsValid(year, m, dayFirst)) return false;
                expression = DateExpression.Calendar(year, m, dayFirst);
                last = k;
                return true;
            }
            last = mLast;
            if (!IsValid(0, m, dayFirst)) return false;
            expression = DateExpression.Calendar(0, m, dayFirst);
            last = mLast;
            YearPhraseAfter(scan, mLast + 1, end, ref expression, ref last);
            return true;
        }
        return false;
    }

    // "May of last year", "17 May of this year", "September of that year": the year is named by a phrase, relative to
    // the reference date or (for "that year", "the same year") to the latest year written before it.
    private static void YearPhraseAfter(DateScan scan, int i, int end, ref DateExpression expression, ref int last)
    {
        // "March next year", "May last year": the same, without "of".
        var of = i < end && scan.IsWord(i, "of");
        var j = of ? i + 1 : i;
        if (j + 1 >= end) return;
        if (scan.IsWord(j, "the") && j + 2 < end) j++;
        if (!scan.IsWord(j + 1, "year")) return;
        // "followed in November that year" names the year as "of that year" does; "said in March that year-end bonuses …"
        // opens what was said.
        if (!of && (scan.IsWord(j, "that") || scan.IsWord(j, "same")) && j + 2 < end && (scan.IsSymbol(j + 2, '-') || scan.Tokens[j + 2].Kind == TokenKind.Word)) return;
        var offset = scan.IsWord(j, "last") || scan.IsWord(j, "previous") ? -1
            : scan.IsWord(j, "this") ? 0
            : scan.IsWord(j, "next") || scan.IsWord(j, "following") ? 1
            : (int?)null;
        if (offset is { } o)
        {
            if (scan.IsWord(j, "previous") || scan.IsWord(j, "following"))
            {
                if (LatestStatedYear(scan, i) is not { } anchor) return;
                expression = expression with { Year = anchor + o };
            }
            else expression = DateExpression.WithRelativeYear(expression.Month, expression.Day, o);
        }
        else if (scan.IsWord(j, "that") || scan.IsWord(j, "same"))
        {
            if (LatestStatedYear(scan, i) is not { } anchor) return;
            expression = expression with { Year = anchor };
        }
        else return;
        last = j + 1;
    }

    // The nearest four-digit year written before token i, whether or not it made a date ("the 2020 Almeda Fire").
    private static int? LatestStatedYear(DateScan scan, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - YearLookBack; k--)
        {
            var t = scan.Tokens[k];
            if (t.Kind == TokenKind.Number && t.Length == 4 && int.TryParse(scan.Text(k), out var year)
                && year is >= MinBareYear and <= MaxBareYear) return year;
        }
        return null;
    }

    // "on 18, 19 and 20 March", "on 5 and 6 June": a list of days of one month is dated by its first day. Returns the
    // token after the list (or <paramref name="i"/> when no list of days follows).
    private static int DayListEnd(DateScan scan, int i, int end)
    {
        var k = i;
        for (var items = 0; items < 6 && k + 1 < end; items++)
        {
            var link = scan.IsSymbol(k, ',') ? k + 1 < end && scan.IsWord(k + 1, "and") ? k + 2 : k + 1 : scan.IsWord(k, "and") ? k + 1 : -1;
            if (link < 0 || !TryDay(scan, link, end, out _, out var dayLast)) break;
            k = dayLast + 1;
            if (k < end && TryMonth(scan, k, end, out _, out _, out _)) return k;
        }
        return i;
    }

    // 2019-03-12, written without spaces.
    private static bool TryIso(DateScan scan, int i, int end, out DateExpression expression, out int last)
    {
        expression = default;
        last = i;
        if (i + 4 >= end) return false;
        var t = scan.Tokens;
        if (t[i].Kind != TokenKind.Number || t[i].Length != 4 || !scan.IsSymbol(i + 1, '-') || t[i + 2].Kind != TokenKind.Number
            || !scan.IsSymbol(i + 3, '-') || t[i + 4].Kind != TokenKind.Number) return false;
        for (var k = i; k < i + 4; k++)
            if (t[k].End != t[k + 1].Start) return false;
        if (t[i + 2].Length > 2 || t[i + 4].Length > 2) return false;
        last = i + 4;
        if (!int.TryParse(scan.Text(i), out var year) || !int.TryParse(scan.Text(i + 2), out var month) || !int.TryParse(scan.Text(i + 4), out var day))
            return false;
        if (year < MinYear || year > MaxYear || !IsValid(year, month, day)) return false;
        expression = DateExpression.Calendar(year, month, day);
        return true;
    }

    private static bool TryMonth(DateScan scan, int i, int end, out int month, out int last, out bool abbreviated)
    {
        last = i;
        abbreviated = false;
        month = 0;
        if (i >= end || scan.Tokens[i].Kind != TokenKind.Word) return false;
        var text = scan.Text(i);
        if (DateWords.Months.TryGetValue(text, out month)) return true;
        if (!DateWords.MonthAbbreviations.TryGetValue(text, out month)) return false;
        abbreviated = true;
        // "Aug." or "Aug 3": an abbreviation alone is too often some other word.
        if (i + 1 < end && scan.IsSymbol(i + 1, '.') && scan.Tokens[i].End == scan.Tokens[i + 1].Start)
        {
            last = i + 1;
            return true;
        }
        return i + 1 < end && scan.Tokens[i + 1].Kind == TokenKind.Number;
    }

    // 1..31, optionally "12th"
    private static bool TryDay(DateScan scan, int i, int end, out int day, out int last)
    {
        day = 0;
        last = i;
        if (i >= end || scan.Tokens[i].Kind != TokenKind.Number || scan.Tokens[i].Length > 2) return false;
        if (!int.TryParse(scan.Text(i), out day) || day < 1 || day > 31) return false;
        if (i + 1 < end && scan.Tokens[i + 1].Kind == TokenKind.Word && scan.Tokens[i].End == scan.Tokens[i + 1].Start)
        {
            var suffix = scan.Text(i + 1);
            if (!(suffix is "st" or "nd" or "rd" or "th")) return false;
            last = i + 1;
        }
        // "12:30" is a time, "3/4" a fraction.
        if (last + 1 < end && scan.Tokens[last].End == scan.Tokens[last + 1].Start
            && (scan.IsSymbol(last + 1, ':') || scan.IsSymbol(last + 1, '/') || scan.IsSymbol(last + 1, '%'))) return false;
        return true;
    }

    private static bool TryYearNumber(DateScan scan, int i, int end, out int year)
    {
        year = 0;
        if (i >= end || scan.Tokens[i].Kind != TokenKind.Number || scan.Tokens[i].Length != 4) return false;
        if (!int.TryParse(scan.Text(i), out year) || year < MinYear || year > MaxYear) return false;
        // "2019%" or "2019-20" ranges of other things are not plain years; "the late 1990s" is a decade.
        return !(i + 1 < end && (scan.IsSymbol(i + 1, '%') || scan.IsWord(i + 1, "s") && scan.Tokens[i + 1].Start == scan.Tokens[i].End));
    }

    // "In 2018", "since 1998", "mid-2019": a four-digit number is a year only after a word that makes it one.
    private static bool TryBareYear(DateScan scan, int i, int first, int end, out int year)
    {
        if (!TryYearNumber(scan, i, end, out year) || year > MaxBareYear) return false;
        // "built in 1791": an older year only right after a past verb and "in" ("in 1500 homes" is a count).
        if (year < MinBareYear)
            return year >= MinYear && i - 2 >= first && scan.IsWord(i - 1, "in") && DateWords.PastVerbs.Contains(scan.Text(i - 2))
                && !(i + 1 < end && scan.Tokens[i + 1].Kind == TokenKind.Word && char.IsLower(scan.Body[scan.Tokens[i + 1].Start]) && !IsLinkAfterYear(scan, i + 1));
        if (i == first) return false;
        // "2026-27", "2025/26": a fiscal or season span, not a year.
        if (i + 2 < end && (scan.IsSymbol(i + 1, '-') || scan.IsSymbol(i + 1, '/')) && scan.Tokens[i + 2].Kind == TokenKind.Number
            && scan.Tokens[i].End == scan.Tokens[i + 1].Start && scan.Tokens[i + 1].End == scan.Tokens[i + 2].Start) return false;
        var prev = i - 1;
        if (scan.IsSymbol(prev, '-') && prev > first && scan.IsWord(prev - 1, "mid")) return true;
        // "the 2024 and 2025 budgets": a year coordinated with one after a determiner describes the same noun.
        if ((scan.IsWord(prev, "and") || scan.IsWord(prev, "or")) && prev - 2 >= first && scan.Tokens[prev - 1].Kind == TokenKind.Number
            && (scan.IsWord(prev - 2, "the") || scan.IsWord(prev - 2, "a") || scan.IsWord(prev - 2, "its") || scan.IsWord(prev - 2, "their")))
            return DatedNounAt(scan, i + 1, end) || i + 2 < end && IsModifierWord(scan, i + 1) && DatedNounAt(scan, i + 2, end);
        if (scan.Tokens[prev].Kind == TokenKind.Word && DateWords.Prepositions.Contains(scan.Text(prev))) return true;
        // "start work in spring 2027": a season of a stated year dates a plan to that year.
        if (prev > first && IsSeason(scan, prev) && DateWords.Prepositions.Contains(scan.Text(prev - 1))) return true;
        // "one 2023 email", "the court's 2018 decision": a year before a noun of happening or document dates it.
        if ((scan.IsWord(prev, "one") || scan.IsWord(prev, "s") && prev > first && (scan.IsSymbol(prev - 1, '\'') || scan.IsSymbol(prev - 1, '’')))
            && (DatedNounAt(scan, i + 1, end) || i + 2 < end && IsLowerWord(scan, i + 1) && DatedNounAt(scan, i + 2, end))) return true;
        // "the 2018 Camp Fire", "the 2021 Infrastructure Investment and Jobs Act": a year before a capitalised name
        // whose head is a noun of happening dates that named happening.
        if (scan.IsWord(prev, "the") && IsNamedHappening(scan, i + 1, end)) return true;
        // "a 2022 report", "the 2016 presidential election": the year dates the thing it describes.
        return (scan.IsWord(prev, "a") || scan.IsWord(prev, "an") || scan.IsWord(prev, "the") || scan.IsWord(prev, "its")
                || scan.IsWord(prev, "their") || scan.IsWord(prev, "his") || scan.IsWord(prev, "her"))
            && (DatedNounAt(scan, i + 1, end) || i + 2 < end && IsModifierWord(scan, i + 1)
                && (DatedNounAt(scan, i + 2, end) || i + 3 < end && IsModifierWord(scan, i + 2) && DatedNounAt(scan, i + 3, end)));
    }

    // "the 2018 playoff run", "the 2024 NHL draft", "the 2020 Labor Day fires": a word describing the noun after the
    // year, lower-case or a name; a season ("the 2025 summer") is a period of its own.
    private static bool IsModifierWord(DateScan scan, int i) =>
        scan.Tokens[i].Kind == TokenKind.Word && !IsSeason(scan, i)
        && (char.IsLower(scan.Body[scan.Tokens[i].Start]) || char.IsUpper(scan.Body[scan.Tokens[i].Start]) && !scan.IsWord(i, "of"));

    // Up to six capitalised words (linked by "and"/"of") ending in a noun of happening written with a capital.
    private static bool IsNamedHappening(DateScan scan, int i, int end)
    {
        Span<char> lower = stackalloc char[32];
        for (var k = i; k < end && k < i + 6; k++)
        {
            if (scan.Tokens[k].Kind != TokenKind.Word) return false;
            var word = scan.Text(k);
            if (scan.IsWord(k, "and") || scan.IsWord(k, "of")) continue;
            if (!char.IsUpper(word[0]) || word.Length > lower.Length) return false;
            word.ToLowerInvariant(lower);
            var head = lower[..word.Length];
            // "the 2018 Camp Fire and was dropped …": an "and"/"of" continues the name only before another capital.
            var last = k + 1 >= end || scan.Tokens[k + 1].Kind != TokenKind.Word || !char.IsUpper(scan.Body[scan.Tokens[k + 1].Start])
                && !((scan.IsWord(k + 1, "and") || scan.IsWord(k + 1, "of")) && IsCapitalWord(scan, k + 2, end));
            if (last) return k > i && DateWords.EventNouns.Contains(head);
        }
        return false;
    }

    private static bool IsCapitalWord(DateScan scan, int i, int end) =>
        i < end && scan.Tokens[i].Kind == TokenKind.Word && char.IsUpper(scan.Body[scan.Tokens[i].Start]);

    private static bool DatedNounAt(DateScan scan, int i, int end) =>
        i < end && scan.Tokens[i].Kind == TokenKind.Word
        && (DateWords.ReportNouns.Contains(scan.Text(i)) || DateWords.IsEventNoun(scan.Text(i)));

    // "built in 1791 beside the basin", "in 1791 and …": what may follow a year, unlike the noun of a count ("in 1500 homes").
    private static bool IsLinkAfterYear(DateScan scan, int i) =>
        DateWords.Prepositions.Contains(scan.Text(i)) || scan.IsWord(i, "beside") || scan.IsWord(i, "near") || scan.IsWord(i, "at")
        || scan.IsWord(i, "on") || scan.IsWord(i, "as") || scan.IsWord(i, "when") || scan.IsWord(i, "by") || scan.IsWord(i, "with");

    internal static bool IsSeason(DateScan scan, int i) =>
        scan.IsWord(i, "spring") || scan.IsWord(i, "summer") || scan.IsWord(i, "autumn") || scan.IsWord(i, "fall") || scan.IsWord(i, "winter");

    private static bool IsLowerWord(DateScan scan, int i) =>
        scan.Tokens[i].Kind == TokenKind.Word && char.IsLower(scan.Body[scan.Tokens[i].Start]);

    // "in November", "last March", "November's election" — but not "April Ryan" or "may".
    private static bool BareMonthIsDate(DateScan scan, int i, int first, int end, int last)
    {
        var next = last + 1;
        if (next < end && scan.Tokens[next].Kind == TokenKind.Word && char.IsUpper(scan.Body[scan.Tokens[next].Start])) return false;
        var possessive = next + 1 < end && (scan.IsSymbol(next, '\'') || scan.IsSymbol(next, '’')) && scan.IsWord(next + 1, "s");
        if (i == first) return possessive;
        var prev = i - 1;
        if (scan.IsSymbol(prev, '-') && prev > first && scan.IsWord(prev - 1, "mid")) return true;
        // "Fourth of July events", "the first of May": a day of the month spelled as an ordinal, no month-long date.
        if (scan.IsWord(prev, "of") && prev > first && DateWords.OrdinalNumbers.Contains(scan.Text(prev - 1))) return false;
        // "the third Tuesday in May": the month of a rule for which day.
        if ((scan.IsWord(prev, "in") || scan.IsWord(prev, "of")) && prev - 1 > first && DateWords.Weekdays.TryGetValue(scan.Text(prev - 1), out _)
            && IsOrdinalWeekday(scan, prev - 1, first)) return false;
        if (possessive || scan.Tokens[prev].Kind == TokenKind.Word && DateWords.Prepositions.Contains(scan.Text(prev))) return true;
        // "the June draft", "at the Fed's December meeting", "in the May local elections": a month between a determiner
        // and a noun of happening dates that happening.
        var determiner = scan.IsWord(prev, "the") || scan.IsWord(prev, "its") || scan.IsWord(prev, "their")
            || scan.IsWord(prev, "s") && prev > first && (scan.IsSymbol(prev - 1, '\'') || scan.IsSymbol(prev - 1, '’'));
        // ("the March employment report" is the period a report measures, not a happening.)
        return determiner && (EventNounAt(scan, next, end) || next + 1 < end && IsLowerWord(scan, next) && EventNounAt(scan, next + 1, end));
    }

    private static bool EventNounAt(DateScan scan, int i, int end) =>
        i < end && scan.Tokens[i].Kind == TokenKind.Word && DateWords.IsEventNoun(scan.Text(i));

    /// <summary>True when the day exists in the month (in some leap year, when the year is not given).</summary>
    public static bool IsValid(int year, int month, int day)
    {
        if (month is < 1 or > 12 || day < 1) return false;
        var max = year > 0 ? DateTime.DaysInMonth(year, month) : DateTime.DaysInMonth(2000, month);
        return day <= max;
    }
}
