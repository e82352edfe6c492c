using System.Collections.Frozen;
using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Entities;
using NewsArchive.Extraction.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Events;

/// <summary>
/// Turns each dated happening in the text into one event. A date mention makes an event when its clause
/// has a verb (or the date names a report: "an April 11 article"); mentions in one sentence that resolve to
/// the same date, or to a coarser date that holds another ("In 2018, … in March"), count once. Datelines and
/// "Updated …" stamps are not events. Dates inside a quotation from an earlier dated report resolve against
/// that report's date.
/// </summary>
public sealed class EventFinder
{
    private const int ReportReach = 3; // sentences after "an April 11 article" that may quote it
    private const int RetellingReach = 4; // sentences after "later this month" that may give its day
    private const int FullDateReach = 2; // sentences after "on 2 August 2024" that may go on telling that year
    private const int FullDateDays = 62; // how far on from that day a yearless day may still continue the telling
    private const int LeadSentences = 3; // the standfirst and first sentences, which the body goes on to retell
    private const int MidtermReach = 7; // days either side of election day in which "Tuesday's midterms" is that day
    private const int RestatedOccasionReach = 9; // "earlier this month, at the council's monthly meeting on November 6th"
    private const int LeadSpeechSentences = 2; // a dated "said" in the first sentences announces the story's news

    private readonly DateMentionFinder _finder = new();

    /// <summary>Returns the events in body order, dates resolved against the publication date.</summary>
    public IReadOnlyList<ExtractedEvent> Find(
        ArticleDocument document,
        IReadOnlyList<Sentence> sentences,
        PublicationDate? published,
        EntitySet entities)
        => Find(document, sentences, _finder.Find(document.Body, sentences), published, entities);

    /// <summary>As above, with the date mentions the publication date stage read (scanned once per article).</summary>
    internal IReadOnlyList<ExtractedEvent> Find(
        ArticleDocument document,
        IReadOnlyList<Sentence> sentences,
        DateScan scan,
        PublicationDate? published,
        EntitySet entities)
    {
        var events = new List<ExtractedEvent>();
        DateOnly? reference = published is { Date.Precision: DatePrecision.Day } p ? p.Date.Start : null;
        // Published in a known year only: calendar dates resolve against the latest past month-day told in it, and
        // without one, past ones fall in that year ("in June" was this June), future ones are not guessed.
        var yearOnly = published is { Date.Precision: DatePrecision.Year } y ? y.Date.Start.Year : 0;
        var yearStandIn = yearOnly > 0 ? YearReference.DayWithin(scan, yearOnly) : null;
        // Published in a known month only: calendar and relative dates resolve against that month (MonthReference).
        PartialDate? monthOnly = published is { Date.Precision: DatePrecision.Month } mo ? mo.Date : null;
        (DateOnly Date, int Sentence)? lastReport = null;
        var dates = new List<(PartialDate Date, bool YearStated, int Clause, bool FramingYear, bool Restated)>(4);
        // "was born on 12 May 1931" … "born 12 May 1931, died 2 June 2026": a day written out in full twice is one happening.
        var fullDays = new Dictionary<DateOnly, int>(); // day -> the sentence that first wrote it in full
        var repeatedFullDays = new HashSet<PartialDate>();
        var relativeMonths = new List<(int Event, int Sentence)>();
        var quotedDates = new HashSet<PartialDate>();
        var spokenDates = new HashSet<PartialDate>(); // dates of this sentence that only tell when something was said
        var toldDates = new HashSet<PartialDate>();
        HashSet<ExtractedEvent>? spokenEvents = null;
        var namedDates = new HashSet<PartialDate>(); // dates of this sentence only written as "Saturday's defeat", "today's vote"
        var plainDates = new HashSet<PartialDate>();
        HashSet<ExtractedEvent>? namedEvents = null;
        var narrativeDates = new HashSet<PartialDate>();
        var quotedEvents = new HashSet<int>();
        var reportQuotedEvents = new HashSet<int>(); // quoted from a dated report: its own dates, not the speaker's retelling
        PartialDate? previous = null; // the last date told, for "two days later"
        (DateOnly Date, int Sentence)? lastFullDate = null; // the last past day told with its year, for "until 11 August" after it
        ActorIndex? actors = null;

        var mentions = scan.Mentions;
        var m = 0;
        while (m < mentions.Count)
        {
            var sentence = mentions[m].Sentence;
            var endOfSentence = m;
            while (endOfSentence < mentions.Count && mentions[endOfSentence].Sentence == sentence) endOfSentence++;

            var quoteReference = lastReport is { } r && sentence - r.Sentence <= ReportReach ? QuotedReportEnd(scan, sentence) : -1;
            var (contextYear, yearEnds, yearFirstToken, yearEndToken) = SingleStatedYear(scan, mentions, m, endOfSentence, reference);
            // "has cut three times since it resumed cutting in September 2025, most recently in July": the start of a
            // span lends no year to the months told after it.
            if (contextYear > 0 && StatedYearStartsSpan(scan, mentions, m, endOfSentence)) contextYear = 0;
            var breakAfterYear = contextYear > 0 ? DateContext.FirstClauseBreakAfter(scan, yearEndToken, mentions[endOfSentence - 1].FirstToken) : int.MaxValue;
            if (contextYear > 0)
                breakAfterYear = Math.Min(breakAfterYear,
                    Math.Min(DateContext.RelativeClauseEnd(scan, yearEndToken, scan.TokensOf(sentence).First, mentions[endOfSentence - 1].FirstToken),
                        CoordinatedHappening.After(scan, scan.TokensOf(sentence).First, yearFirstToken, yearEndToken, mentions[endOfSentence - 1].FirstToken)));
            dates.Clear();
            (PartialDate Date, int Token)? lastDay = null;
            bool? chrome = null;
            bool? caption = null;
            // Which ';', ':' or dash clause of the sentence each mention is in, counted in one pass.
            var clause = 0;
            var scanned = mentions[m].FirstToken;
            for (var k = m; k < endOfSentence; k++)
            {
                var mention = mentions[k];
                for (; scanned < mention.FirstToken; scanned++)
                    if (DateContext.IsClauseBreak(scan, scanned)) clause++;
                if (DateContext.IsDateline(scan, mention) || DateContext.IsStamp(scan, mention)) continue;
                var throughDay = DateContext.IsThroughDay(scan, mention);
                if (DateContext.IsSpanOrPeriodEnd(scan, mention) && !throughDay || DateContext.IsWeekOrMonthEnding(scan, mention)) continue;
                var quoted = DateContext.IsInsideQuotation(scan, mention);
                var reading = ClauseTense.Of(scan, mention, quoted);
                if (DateContext.IsBarePeriod(scan, mention, reading)) continue;
                // "has changed completely since …" inside a quotation: an ongoing state, not a dated happening.
                var sinceNamed = SinceNamedHappening.Is(scan, mention);
                if (quoted && reading.Perfect && !sinceNamed) continue;
                // "'We'll be back next June'", "'the carriers that bought trucks in 2021'": a date a speaker gives is part
                // of what was said, not a happening the story tells; the speaker's own past ("we lost four people last
                // January") is one, so is a day the speaker writes out ("ballots can arrive through Saturday, Nov. 7"),
                // and so are the dates of a quoted report.
                if (quoted && !(quoteReference >= 0 && mention.Span.End <= quoteReference)
                    && !(reading.Tense == Tense.Past && (FirstPersonBefore(scan, mention) || FirstPersonAfterFronted(scan, mention)))
                    && mention.Expression is not { Form: DateForm.Calendar, Month: > 0, Day: > 0 }) continue;
                var namesReport = DateContext.DatesAReport(scan, mention);
                if (!reading.HasVerb && !namesReport && !sinceNamed && !DateContext.DatesAnEvent(scan, mention)) continue;
                if (DateContext.IsPossessiveWeekday(scan, mention) || PossessiveYear.Is(scan, mention) || EndOfLimit.Is(scan, mention)
                    || !sinceNamed && Possibility.Is(scan, mention) || AgoToday.Is(scan, mention) || DayMarksSince.Is(scan, mention) || ChanceOf.Is(scan, mention)) continue;
                if (SnapshotBy.Is(scan, mention, reading) || ComingSeason.Is(scan, mention, reading) || SceneAtTime.Is(scan, mention)) continue;
                // "the hall, which opened two years ago", "took up running five years ago": whole years counted back from the
                // story date a happening at year precision, as "last year" does; beside another date of its sentence ("on Aug.
                // 24, 1992, 25 years ago") the count only restates it, and after a verb of state ("from what they were two
                // years ago") it is a baseline.
                if (mention.Expression is { Form: DateForm.Relative, Unit: RelativeUnit.Year, Offset: <= -2, FromPrevious: false }
                    && (endOfSentence - m > 1 || mention.FirstToken > scan.TokensOf(sentence).First && DateWords.StateVerbs.Contains(scan.Text(mention.FirstToken - 1)))) continue;
                if (mention.Expression.IsDayOrWeek && (caption ??= IsCaption(document, sentences[sentence]))) continue;
                if (DateContext.IsCounterfactual(scan, mention) || DateContext.IsComparisonBaseline(scan, mention)
                    || DateContext.IsConditional(scan, mention) || DateContext.IsNoComment(scan, mention)
                    || DateContext.IsOvertakenPlan(scan, mention) || DateContext.IsThreshold(scan, mention) || DateContext.IsExtentBy(scan, mention)
                    || DateContext.IsLikelihoodOrLimit(scan, mention) || DateContext.IsLogReference(scan, mention)
                    || !sinceNamed && DateContext.IsStateAtTime(scan, mention) || FigurePeriod.IsFigurePeriod(scan, mention) || OrdinalTally.Is(scan, mention) || PeriodOfThing.Is(scan, mention) || TargetDate.IsTarget(scan, mention) || DateContext.IsChangeBaseline(scan, mention) || DateContext.IsForecast(scan, mention) || Outlook.IsOutlook(scan, mention)
                    || mention.Expression.Form == DateForm.Relative && CountFromToday.IsBase(scan, mention) || CountedFromWeekday.Is(scan, mention)
                    || DateContext.IsQuotedToday(scan, mention) || DateContext.IsBetweenSpan(scan, mention) || DateContext.IsRestOf(scan, mention)
                    || (chrome ??= DateContext.IsPageChrome(scan, sentence))) continue;

                var expression = mention.Expression;
                var yearStated = expression.HasYear;
                // "…, who was first elected in May 2021, will stand down in May": a future clause is not in a past year.
                // ("… in June of that year and another 2,500 last May": "last May" counts from the story, not the year.)
                if (expression is { Form: DateForm.Calendar, Year: 0, Month: > 0, YearRelative: false } && expression.Shift is not (DateShift.Last or DateShift.Next)
                    && contextYear > 0 && mention.Span.Start >= yearEnds
                    && breakAfterYear >= mention.FirstToken && !throughDay
                    && !(reading.Tense == Tense.Future && reference is { } today && contextYear < today.Year))
                {
                    expression = expression with { Year = contextYear, Shift = DateShift.None };
                    yearStated = true;
                }
                else if (expression is { Form: DateForm.Calendar, Year: 0, Month: > 0, YearRelative: false, Shift: DateShift.None }
                         && contextYear == 0 && k > m && WhenClauseYear.Of(scan, mentions, m, k) is > 0 and var whenYear)
                {
                    expression = expression with { Year = whenYear };
                    yearStated = true;
                }
                // "a pump failed on 2 August 2024. Engineers did not attend until 11 August": a past day told without a
                // year, right after a past day told with one, and within weeks after it, continues that telling.
                if (expression is { Form: DateForm.Calendar, Year: 0, Month: > 0, Day: > 0, YearRelative: false } && !yearStated && !quoted
                    && reading.Tense == Tense.Past && lastFullDate is { } full && sentence - full.Sentence <= FullDateReach
                    && reference is { } now && full.Date.Year < now.Year && DateMentionFinder.IsValid(full.Date.Year, expression.Month, expression.Day)
                    && new DateOnly(full.Date.Year, expression.Month, expression.Day) is var carried
                    && carried >= full.Date && carried.DayNumber - full.Date.DayNumber <= FullDateDays)
                {
                    expression = expression with { Year = full.Date.Year, Shift = DateShift.None };
                    yearStated = true;
                }
                var against = quoteReference >= 0 && mention.Span.End <= quoteReference ? lastReport!.Value.Date : reference;
                // ("a hearing is expected next year" in a story known only to its year: the next year counts from any day of
                // it; "later this year" stays unguessed, as it may be the story's own loose plan.)
                if (against is null && yearOnly > 0 && YearReference.Resolves(expression))
                    against = yearStandIn ?? (reading.Tense == Tense.Past || expression is { Form: DateForm.Relative, Unit: RelativeUnit.Year, Offset: > 0 }
                        ? new DateOnly(yearOnly, 12, 31) : null);
                PartialDate? date = expression.FromPrevious ? Later(expression, previous)
                    : expression.HasYear
                    ? DateResolver.Resolve(expression, default, reading.Tense)
                    : against is { } day ? (throughDay || DateContext.IsUntilDay(scan, mention) || StartAfterPastVerb.Is(scan, mention) || reading.Tense == Tense.Future && BackshiftedFuture.Is(scan, mention)
                        || reading.Tense == Tense.Past && InfinitiveDay.Is(scan, mention) || NamedHappeningDay.Is(scan, mention, reading, day)
                        ? NearestDay(expression, day) : DateResolver.Resolve(expression, day, reading.Tense)) : null;
                if (date is null && against is null && monthOnly is { } storyMonth) date = MonthReference.Resolve(expression, storyMonth, reading.Tense);
                // "losses that had not recovered five years later": counted on past the story's own day, a past clause
                // tells no dated happening (the count ran from a date the text never meant).
                if (expression.FromPrevious && reading.Tense == Tense.Past && date is { } counted && reference is { } storyEnd
                    && counted.Start > storyEnd) date = null;
                // "put back in just over two years later": an approximate distance gives no date.
                if (expression.FromPrevious && mention.FirstToken > scan.TokensOf(sentence).First
                    && DateWords.VagueAmountWords.Contains(scan.Text(mention.FirstToken - 1))) date = null;
                if (against is { } storyDay2 && WeekOnWeekday.Resolve(scan, mention, storyDay2) is { } weekOn) date = weekOn;
                if (date is { } ahead && reading.Tense == Tense.Future && !expression.HasYear && against is { } from
                    && FarAheadDate.IsRecentInstead(scan, mention, ahead, from))
                    date = DateResolver.Resolve(expression, from, Tense.Past);
                else if (date is { } behind && reading.Tense == Tense.Past && against is { } from2 && FarBehindDay.IsComingInstead(scan, mention, behind, from2))
                    date = DateResolver.Resolve(expression, from2, Tense.Future);
                // "Tuesday's midterm elections" is election day, whichever side of it the clause seems to stand.
                if (reference is { } storyDay && ElectionDay.IsMidterm(scan, mention) && ElectionDay.In(storyDay.Year) is var election
                    && Math.Abs(election.DayNumber - storyDay.DayNumber) <= MidtermReach && ElectionDay.IsMidtermYear(storyDay.Year))
                    date = PartialDate.OfDay(election);
                if (date is not { } resolved) continue;
                // "will walk out on Monday 7 December and Tuesday 8 December": a happening over days in a row is one,
                // dated to its first day.
                if (lastDay is { } run && run.Token + 2 == mention.FirstToken && resolved.Precision == DatePrecision.Day
                    && run.Date.Precision == DatePrecision.Day && resolved.Start == run.Date.Start.AddDays(1)
                    && (scan.IsWord(run.Token + 1, "and") || scan.IsWord(run.Token + 1, "to") || scan.IsSymbol(run.Token + 1, '-') || scan.IsSymbol(run.Token + 1, '–')))
                {
                    lastDay = (resolved, mention.LastToken);
                    continue;
                }
                lastDay = (resolved, mention.LastToken);

                if (namesReport && resolved.Precision == DatePrecision.Day) lastReport = (resolved.Start, sentence);
                if (mention.Expression is { Year: > 0, Day: > 0 } && !fullDays.TryAdd(resolved.Start, sentence) && fullDays[resolved.Start] != sentence)
                    repeatedFullDays.Add(resolved);
                // ("The 2024 legislative session began Jan. 16": a year that labels the thing whose day is told adds nothing
                // to that day, as a fronted "Last year," does not.)
                dates.Add((resolved, yearStated, clause, mention.Expression is { Form: DateForm.Relative, Unit: RelativeUnit.Year }
                    && mention.FirstToken == scan.TokensOf(sentence).First && mention.LastToken + 1 < scan.TokensOf(sentence).End
                    && scan.IsSymbol(mention.LastToken + 1, ',') || IsAttributiveYear(scan, mention),
                    k + 1 < endOfSentence && IsRestatedAfter(scan, mention, mentions[k + 1])));
                // The story's own day is the frame of the telling ("Opening the case on Wednesday, the prosecutor said
                // … was arrested two days later"): "later" counts on from the happening told before it.
                // ("the first red warning since Storm Debi in November 2023" only reminds the reader: "the following
                // morning" still counts from the happening told.)
                if (!(reference is { } told && resolved == PartialDate.OfDay(told)) && !sinceNamed) previous = resolved;
                if (!quoted && mention.Expression.HasYear && resolved.Precision == DatePrecision.Day && reading.Tense == Tense.Past)
                    lastFullDate = (resolved.Start, sentence);
                if (quoted) quotedDates.Add(resolved);
                else narrativeDates.Add(resolved);
                // The lead's "…, the Omaha lender said Monday" reports the news itself, not a detail of its telling.
                if (!quoted && sentence >= LeadSpeechSentences && DateContext.IsDatedSpeech(scan, mention)) spokenDates.Add(resolved);
                else toldDates.Add(resolved);
                // "The November fire injured three contractors": a month or day naming a happening the story tells
                // elsewhere is that happening again, like "Saturday's defeat".
                if (DateContext.IsWrittenPossessive(scan, mention)
                    || mention.Expression is { Month: > 0 } && DateContext.PremodifiesAHappening(scan, mention)
                    || ParticipleNaming.Is(scan, mention)) namedDates.Add(resolved);
                else plainDates.Add(resolved);
            }

            foreach (var date in Distinct(dates))
            {
                if (repeatedFullDays.Contains(date)) continue;
                if (quotedDates.Contains(date) && !narrativeDates.Contains(date))
                {
                    quotedEvents.Add(events.Count);
                    if (quoteReference >= 0) reportQuotedEvents.Add(events.Count);
                }
                if (date.Precision == DatePrecision.Month && IsRelativeMonth(mentions, m, endOfSentence, date, reference))
                    relativeMonths.Add((events.Count, sentence));
                events.Add(MakeEvent(document.Body, sentences[sentence], date, actors ??= new ActorIndex(entities)));
                if (spokenDates.Contains(date) && !toldDates.Contains(date)) (spokenEvents ??= []).Add(events[^1]);
                if (namedDates.Contains(date) && !plainDates.Contains(date)) (namedEvents ??= []).Add(events[^1]);
            }
            spokenDates.Clear();
            namedDates.Clear();
            plainDates.Clear();
            toldDates.Clear();
            quotedDates.Clear();
            narrativeDates.Clear();
            repeatedFullDays.Clear();
            m = endOfSentence;
        }
        if (quotedEvents.Count > 0) events = WithoutQuotedRepeats(events, quotedEvents, reportQuotedEvents, relativeMonths);
        var kept = relativeMonths.Count == 0 ? events : WithoutRetold(document.Body, sentences, events, relativeMonths, reference);
        if (sentences.Count == 0) return kept;
        kept = LeadRetelling.Without(document.Body, kept, reference, sentences[Math.Min(LeadSentences, sentences.Count) - 1].Span.End);
        kept = EarlierHappening.With(scan, sentences, kept, reference,
            (s, date) => MakeEvent(document.Body, sentences[s], date, actors ??= new ActorIndex(entities)));
        if (namedEvents is not null) kept = WithoutNamedRepeats(kept, namedEvents);
        kept = DeckRetelling.Without(document, kept);
        kept = StoryDayRetelling.Without(kept, reference);
        return spokenEvents is null ? kept : WithoutSpokenRepeats(kept, spokenEvents);
    }

    // "following Saturday's 3-0 defeat at Stockport … the manner of Saturday's loss", "will miss Tuesday's home game …
    // Coventry host Stoke on Tuesday night": a happening named by its day's possessive, when the article tells of that
    // day's happening elsewhere (or named it so before), is that happening again.
    private static List<ExtractedEvent> WithoutNamedRepeats(List<ExtractedEvent> events, HashSet<ExtractedEvent> named)
    {
        var told = new HashSet<PartialDate>();
        foreach (var e in events)
            if (!named.Contains(e)) told.Add(e.Date);
        var seen = new HashSet<PartialDate>();
        var kept = new List<ExtractedEvent>(events.Count);
        foreach (var e in events)
        {
            if (named.Contains(e) && (told.Contains(e.Date) || !seen.Add(e.Date))) continue;
            kept.Add(e);
        }
        return kept;
    }

    // "Family members said Tuesday evening that …", "In a statement Tuesday, …": when a happening of the article
    // already holds that day, the day something was said about it is part of its telling, not a happening of its own.
    private static List<ExtractedEvent> WithoutSpokenRepeats(List<ExtractedEvent> events, HashSet<ExtractedEvent> spoken)
    {
        var happened = new HashSet<PartialDate>();
        foreach (var e in events)
            if (!spoken.Contains(e)) happened.Add(e.Date);
        return events.Where(e => !spoken.Contains(e) || !happened.Contains(e.Date)).ToList();
    }

    // "kept programs running through Sept. 30": a span's last day, whichever side of the story it falls, is the nearest.
    private static PartialDate? NearestDay(DateExpression e, DateOnly reference)
    {
        var past = DateResolver.Resolve(e, reference, Tense.Past);
        var coming = DateResolver.Resolve(e, reference, Tense.Future);
        if (past is not { } p) return coming;
        if (coming is not { } c) return past;
        return reference.DayNumber - p.Start.DayNumber <= c.Start.DayNumber - reference.DayNumber ? past : coming;
    }

    // "arrested two days later", "reversed course the following year": counted on from the date told before, at
    // no finer a precision than that date has.
    private static PartialDate? Later(DateExpression e, PartialDate? previous)
    {
        if (previous is not { } p) return null;
        return e.Unit switch
        {
            RelativeUnit.Day when p.Precision == DatePrecision.Day => PartialDate.OfDay(p.Start.AddDays(e.Offset)),
            RelativeUnit.Month when p.Precision >= DatePrecision.Month => PartialDate.OfMonth(p.Start.AddMonths(e.Offset).Year, p.Start.AddMonths(e.Offset).Month),
            RelativeUnit.Year => PartialDate.OfYear(p.Start.Year + e.Offset),
            _ => null,
        };
    }

    // "The seat will be on the ballot again in November 2026 … 'We'll be back next November'": a date only a quotation
    // gives, when the narrative already dates a happening then (or within it), is the speaker talking about that happening.
    private static List<ExtractedEvent> WithoutQuotedRepeats(List<ExtractedEvent> events, HashSet<int> quoted, HashSet<int> fromReport,
        List<(int Event, int Sentence)> relativeMonths)
    {
        var narrative = new HashSet<PartialDate>();
        for (var i = 0; i < events.Count; i++)
            if (!quoted.Contains(i)) narrative.Add(events[i].Date);
        var kept = new List<ExtractedEvent>(events.Count);
        var newIndex = new int[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            newIndex[i] = -1;
            if (quoted.Contains(i) && (narrative.Contains(events[i].Date) || !fromReport.Contains(i) && HoldsFinerDate(narrative, events[i].Date))) continue;
            newIndex[i] = kept.Count;
            kept.Add(events[i]);
        }
        // Keep the loose-month bookkeeping pointing at the same events.
        for (var k = relativeMonths.Count - 1; k >= 0; k--)
        {
            var (index, sentence) = relativeMonths[k];
            if (newIndex[index] < 0) relativeMonths.RemoveAt(k);
            else relativeMonths[k] = (newIndex[index], sentence);
        }
        return kept;
    }

    // "The July 2022 flood killed 45 people … 'We rebuilt after 2022'": a speaker's coarser date that holds a happening
    // the narrative dates more finely is that happening.
    private static bool HoldsFinerDate(HashSet<PartialDate> narrative, PartialDate date)
    {
        foreach (var d in narrative)
            if (d.Precision > date.Precision && d.Start >= date.Start && d.End <= date.End) return true;
        return false;
    }

    // "Doctors will walk out next month … The strike, beginning on 9 March, …": a happening dated loosely and then, in
    // the very next sentence, named by a definite noun of happening with its day is one happening, dated by the day.
    // A coming one ("will strike later this month … would walk out on 18 March") is retold by any coming day of that
    // month in the next sentences: news gives the loose date first, then the day.
    private static List<ExtractedEvent> WithoutRetold(
        string body, IReadOnlyList<Sentence> sentences, List<ExtractedEvent> events, List<(int Event, int Sentence)> loose, DateOnly? reference)
    {
        var drop = new HashSet<int>();
        foreach (var (index, sentence) in loose)
        {
            var month = events[index].Date;
            // "next month", or "later this month": what is told as still to come this month.
            var coming = reference is { } today && (month.Start > today
                || month.End > today && body.AsSpan(events[index].Span.Start, events[index].Span.End - events[index].Span.Start)
                    .Contains("later this month", StringComparison.OrdinalIgnoreCase));
            for (var next = sentence + 1; next < sentences.Count && next <= sentence + RetellingReach; next++)
            {
                var span = sentences[next].Span;
                if (!coming && (next > sentence + 1 || !OpensWithDefiniteHappening(body, span))) break;
                foreach (var e in events)
                    if (e.Span == span && e.Date.Precision == DatePrecision.Day && e.Date.Start >= month.Start && e.Date.End <= month.End
                        && (!coming || e.Date.Start > reference!.Value))
                        drop.Add(index);
            }
        }
        return drop.Count == 0 ? events : events.Where((_, i) => !drop.Contains(i)).ToList();
    }

    // "The strike …", "The vote …": the sentence opens by naming a happening already told.
    private static bool OpensWithDefiniteHappening(string body, TextSpan span)
    {
        var text = body.AsSpan(span.Start, span.End - span.Start);
        if (!text.StartsWith("The ", StringComparison.Ordinal)) return false;
        var rest = text[4..];
        var end = 0;
        while (end < rest.Length && char.IsLetter(rest[end])) end++;
        return end > 0 && DateWords.EventNouns.Contains(rest[..end]);
    }

    // Whether the month came from "next month" / "last month" in this sentence.
    private static bool IsRelativeMonth(List<DateMention> mentions, int from, int to, PartialDate date, DateOnly? reference)
    {
        if (reference is not { } day) return false;
        for (var k = from; k < to; k++)
            if (mentions[k].Expression is { Form: DateForm.Relative, Unit: RelativeUnit.Month } e
                && day.AddMonths(e.Offset) is var d && d.Year == date.Start.Year && d.Month == date.Start.Month) return true;
        return false;
    }

    // Within one sentence: one event per date, and a stated year adds nothing to a finer date written within it
    // ("In 2015, the council met in March"). A finer date that only fell in that year by resolution keeps both, and
    // so does one in another clause ("passed a law in May 2024; the policy, adopted in 2024, …"). A fronted "Last year," adds
    // nothing to a finer date of last year after it in its clause ("Last year, the council passed the budget on Dec. 16"),
    // nor does a year labelling a thing to its day ("The 2024 legislative session began Jan. 16"): both frame the day.
    // "expanded the recall earlier this month, on Oct. 6", "Last year, in March, …", "earlier this month, at the council's
    // meeting on November 6th": a looser date set beside a date after a comma is restated by it.
    private static bool IsRestatedAfter(DateScan scan, DateMention mention, DateMention next)
    {
        var i = mention.LastToken + 1;
        if (i >= next.FirstToken || !scan.IsSymbol(i, ',')) return false;
        i++;
        if (i < next.FirstToken && (scan.IsWord(i, "on") || scan.IsWord(i, "in"))) i++;
        if (i == next.FirstToken) return true;
        // "earlier this month, at the council's monthly meeting on November 6th": a phrase naming the occasion comes between.
        if (!(scan.IsWord(i, "at") || scan.IsWord(i, "during")) || next.FirstToken - i > RestatedOccasionReach
            || !(scan.IsWord(next.FirstToken - 1, "on") || scan.IsWord(next.FirstToken - 1, "in"))) return false;
        for (var k = i + 1; k < next.FirstToken - 1; k++)
            if (scan.IsSymbol(k, ',') || ClauseTense.IsPastVerb(scan, k)) return false;
        return true;
    }

    private static IEnumerable<PartialDate> Distinct(List<(PartialDate Date, bool YearStated, int Clause, bool FramingYear, bool Restated)> dates)
    {
        for (var i = 0; i < dates.Count; i++)
        {
            var date = dates[i].Date;
            var redundant = false;
            for (var j = 0; j < dates.Count && !redundant; j++)
            {
                if (i == j) continue;
                var other = dates[j].Date;
                if (other == date) redundant = j < i;
                else if ((dates[j].YearStated || dates[i].FramingYear) && dates[i].YearStated | dates[i].FramingYear
                         && other.Precision > date.Precision && other.Start >= date.Start && other.End <= date.End
                         && dates[i].Clause == dates[j].Clause)
                    redundant = true;
                else if (dates[i].Restated && j == i + 1 && other.Precision > date.Precision && other.Start >= date.Start && other.End <= date.End)
                    redundant = true;
            }
            if (!redundant) yield return date;
        }
    }

    // Whether the sentence's first mention with a stated year follows a "since" in its clause ("since it resumed
    // cutting in September 2025").
    private static bool StatedYearStartsSpan(DateScan scan, List<DateMention> mentions, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!mentions[k].Expression.HasYear) continue;
            var (first, _) = scan.TokensOf(mentions[k].Sentence);
            for (var i = mentions[k].FirstToken - 1; i >= first && i >= mentions[k].FirstToken - 6; i--)
            {
                if (scan.Tokens[i].Kind == TokenKind.Symbol && !scan.IsSymbol(i, '-')) return false;
                if (scan.IsWord(i, "since")) return true;
            }
            return false;
        }
        return false;
    }

    // "the 2021 draft", "a 2022 indictment": a bare year between an article and a lower-case noun describes that thing.
    private static bool IsAttributiveYear(DateScan scan, DateMention m)
    {
        if (m.FirstToken != m.LastToken || m.Expression.Month != 0) return false;
        var (first, end) = scan.TokensOf(m.Sentence);
        var prev = m.FirstToken - 1;
        var next = m.LastToken + 1;
        return prev >= first && next < end && (scan.IsWord(prev, "a") || scan.IsWord(prev, "an") || scan.IsWord(prev, "the"))
            && scan.Tokens[next].Kind == TokenKind.Word && char.IsLower(scan.Body[scan.Tokens[next].Start]);
    }

    // "In 2015, the council met in March": a year stated once in the sentence applies to the bare months and
    // days that follow it. Returns the year and where its mention starts and ends.
    // ("Organisers feared a repeat after last year's party was called off on the afternoon of 31 December": a past year
    // counted from the story and written as a possessive states its year alike; "next year's event" labels a thing whose
    // coming decision may fall this year.)
    private static (int Year, int End, int FirstToken, int EndToken) SingleStatedYear(DateScan scan, List<DateMention> mentions, int from, int to,
        DateOnly? reference)
    {
        var year = 0;
        var end = int.MaxValue;
        var firstToken = int.MaxValue;
        var endToken = int.MaxValue;
        for (var k = from; k < to; k++)
        {
            // ("a report on last year's heat deaths, released in April": the object of a preposition, the possessive year
            // dates only its noun; "Last year's festival, held in August," and "after last year's party was called off
            // on 31 December" date their sentence.)
            var y = mentions[k].Expression.HasYear ? mentions[k].Expression.Year
                : reference is { } today && mentions[k].Expression.Offset < 0 && PossessiveYear.Is(scan, mentions[k])
                  && !(mentions[k].FirstToken > 0 && ObjectPrepositions.Contains(scan.Text(mentions[k].FirstToken - 1)))
                    ? today.Year + mentions[k].Expression.Offset : 0;
            if (y == 0) continue;
            // "the No. 3 pick in the 2021 draft, signed an extension in October": a year that only describes a thing
            // dates that thing, not the rest of the sentence.
            if (IsAttributiveYear(scan, mentions[k])) continue;
            if (year != 0 && year != y) return (0, int.MaxValue, int.MaxValue, int.MaxValue);
            if (year == 0)
            {
                end = mentions[k].Span.End;
                firstToken = mentions[k].FirstToken;
                endToken = mentions[k].LastToken;
            }
            year = y;
        }
        return (year, end, firstToken, endToken);
    }

    // Prepositions that only take a noun phrase ("after" and "since" also open a clause: "after last year's party was …").
    private static readonly Lexicon.FilteredWords ObjectPrepositions =
        new(new[] { "on", "of", "for", "about", "from", "in", "to", "over", "with", "by", "during", "through" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    // When the sentence is a quotation credited to "the article"/"the report", where the quotation ends; else -1.
    private static int QuotedReportEnd(DateScan scan, int sentence)
    {
        var (first, end) = scan.TokensOf(sentence);
        if (first >= end || !IsQuoteMark(scan, first)) return -1;
        // The first closing mark with "the article"/"the report" somewhere after it: found from the last such
        // credit, so a long sentence full of marks is read twice, not once per mark.
        var lastCredit = -1;
        for (var k = end - 2; k > first && lastCredit < 0; k--)
            if (scan.IsWord(k, "the") && DateWords.ReportNouns.Contains(scan.Text(k + 1))) lastCredit = k;
        for (var i = first + 1; i < lastCredit; i++)
            if (IsQuoteMark(scan, i)) return scan.Tokens[i].Start;
        return -1;
    }

    // Whether the sentence's paragraph is a picture's caption (read once per sentence with a day in it).
    private static bool IsCaption(ArticleDocument document, Sentence sentence) =>
        sentence.Paragraph >= 0 && sentence.Paragraph < document.Paragraphs.Count && PhotoCaption.Is(document.Body, document.Paragraphs[sentence.Paragraph]);

    // "I put a new roof on in 2022", "we lost four people last January": the quotation's speaker tells a happening of
    // their own (a first-person word shortly before the date, within the quotation).
    private static bool FirstPersonBefore(DateScan scan, DateMention mention)
    {
        var (first, _) = scan.TokensOf(mention.Sentence);
        for (var i = mention.FirstToken - 1; i >= first && i >= mention.FirstToken - 12; i--)
        {
            if (IsQuoteMark(scan, i)) return false;
            if (scan.IsWord(i, "I") || scan.IsWord(i, "we") || scan.IsWord(i, "us") || scan.IsWord(i, "me") || scan.IsWord(i, "my") || scan.IsWord(i, "our")) return true;
        }
        return false;
    }

    // '"Last year we collected 27 tonnes of litter"', '"In March I lost my job"': a fronted date with the speaker as the
    // subject right after it tells the speaker's own past too.
    private static bool FirstPersonAfterFronted(DateScan scan, DateMention mention)
    {
        var (first, end) = scan.TokensOf(mention.Sentence);
        var before = mention.FirstToken - 1;
        if (before >= first && (scan.IsWord(before, "in") || scan.IsWord(before, "on"))) before--;
        // The date opens the speaker's sentence ("After the tornado last April, I …" dates the tornado, not the speaker).
        if (before >= first && !IsQuoteMark(scan, before)) return false;
        var i = mention.LastToken + 1;
        if (i < end && scan.IsSymbol(i, ',')) i++;
        return i < end && (scan.IsWord(i, "I") || scan.IsWord(i, "we"));
    }

    private static bool IsQuoteMark(DateScan scan, int i) =>
        scan.Tokens[i].Kind == TokenKind.Symbol && scan.Body[scan.Tokens[i].Start] is '"' or '“' or '”';

    private static ExtractedEvent MakeEvent(string body, Sentence sentence, PartialDate date, ActorIndex actors)
    {
        var span = sentence.Span;
        return new ExtractedEvent(date, body[span.Start..span.End], actors.NamesIn(span), span);
    }
}
