using System.Collections.Frozen;
using NewsArchive.Extraction.Lexicon;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>Whether a clause tells of the past or the future.</summary>
internal enum Tense
{
    Past,
    Future,
}

/// <summary>The tense around a date mention, and what showed it.</summary>
/// <param name="Tense">Past unless a future marker is nearer the date than any past-tense verb.</param>
/// <param name="HasVerb">A past verb or future marker was found in the clause (so something happens there).</param>
/// <param name="Perfect">The clause uses "has"/"have": an ongoing span ("has sent … in 2019"), not a finished one.</param>
internal readonly record struct ClauseReading(Tense Tense, bool HasVerb, bool Perfect);

/// <summary>
/// Reads the tense of the clause that holds a date mention: the part of the sentence between ';', ':' or dashes.
/// The nearest marker wins, so "said in March that he will run" dates March in the past.
/// News reports the past, so a clause without any marker counts as past.
/// </summary>
internal static class ClauseTense
{
    private const int WeakPastPenalty = 3;
    private const int InfinitiveDeadlineReach = 12; // "to finish work in the 12 highest-risk buildings by Dec. 31"
    private const int DeferralObjectReach = 8; // "adjourned the question of a compensation order to 22 June"
    // Tokens read on each side of the date. Real clauses are far shorter; the bound keeps a run-on text with no
    // full stops or clause breaks from making every date re-read the whole of it (quadratic time).
    private const int MaxReach = 150;

    /// <param name="scan">The article's tokens and date mentions.</param>
    /// <param name="mention">The date whose clause is read.</param>
    /// <param name="quoted">The date stands inside a quotation, where past forms of state ("knew", "was") are background.</param>
    public static ClauseReading Of(DateScan scan, DateMention mention, bool quoted = false)
    {
        // Many rules ask of the same mention (about 18 asks for 8 mentions an article): each clause is read once.
        if (scan.ClauseReadings is not { } readings) return Read(scan, mention, quoted);
        if (!readings.TryGetValue((mention, quoted), out var reading)) readings[(mention, quoted)] = reading = Read(scan, mention, quoted);
        return reading;
    }

    private static ClauseReading Read(DateScan scan, DateMention mention, bool quoted)
    {
        var (first, end) = scan.TokensOf(mention.Sentence);
        var start = mention.FirstToken;
        while (start > first && start > mention.FirstToken - MaxReach && !IsClauseBreak(scan, start - 1)) start--;
        var stop = mention.LastToken + 1;
        while (stop < end && stop <= mention.LastToken + MaxReach && !IsClauseBreak(scan, stop)) stop++;

        // Words up to the first comma after the date come first; what follows that comma usually belongs to
        // another clause ("…on Wednesday, after engineers said repairs could not begin"), so it only counts
        // when the first part has no marker ("In August 2017, the council passed …").
        if (IsWhenSaid(scan, mention, start)) return new ClauseReading(Tense.Past, true, false);
        if (FixtureLine.Is(scan, mention)) return new ClauseReading(Tense.Future, true, false);
        if (IsDue(scan, mention, start) || IsNextOccasion(scan, mention, start) || IsPresentCopula(scan, mention, start)) return new ClauseReading(Tense.Future, true, false);
        if (WhenClauseTense(scan, mention, stop) is { } described) return new ClauseReading(described, true, false);
        // "confirmed on Wednesday that, from 1 April, the department would close": a date inside what was said takes
        // the tense of the reported clause, not of the verb of saying.
        if (ReportedClauseStart(scan, mention, start) is var reported and >= 0)
        {
            var inner = Markers(scan, mention, reported, stop, stop, afterComma: false, quoted);
            if (inner.HasMarker)
            {
                var innerTense = inner.Future != int.MaxValue && inner.Future <= inner.Past ? Tense.Future : Tense.Past;
                return new ClauseReading(innerTense, true, inner.Perfect);
            }
        }
        var aside = AsideBefore(scan, mention, start);
        var comma = mention.LastToken + 1;
        while (comma < stop && !scan.IsSymbol(comma, ',')) comma++;
        // "said in a statement on Monday that prices would rise": what follows "that" is what was said, so it
        // counts only when nothing before it dates the clause.
        // "faced questions at a meeting in May about whether money should go …": a subordinate clause's verbs alike.
        var that = mention.LastToken + 1;
        while (that < comma && !(scan.Tokens[that].Kind == TokenKind.Word && DateWords.Subordinators.Contains(scan.Text(that)))) that++;
        if (that < comma)
        {
            var before = Markers(scan, mention, start, that, stop, afterComma: false, quoted, aside);
            if (before.Past != int.MaxValue && before.Future == int.MaxValue)
                return new ClauseReading(PastOrAhead(scan, mention, start), true, before.Perfect);
        }
        // "were backed on Tuesday 9 December and will add 6,400 homes": after "and"/"but" comes another predicate, which
        // counts only when nothing before it dates the clause.
        // "is on course to shut down at 12:01 a.m. Wednesday after a stopgap bill fell short": a conjunction after the date
        // opens another clause alike ("approved the increase in June after months of debate over how the city should pay
        // and prepare …": the modal after "after" does not outweigh the date's own past verb).
        var conjunction = mention.LastToken + 1;
        while (conjunction < comma && !(scan.Tokens[conjunction].Kind == TokenKind.Word && ClauseConjunctions.Contains(scan.Text(conjunction)))) conjunction++;
        var and = mention.LastToken + 1;
        while (and < comma && !(scan.IsWord(and, "and") || scan.IsWord(and, "but"))) and++;
        if (and < comma)
        {
            var before = Markers(scan, mention, start, Math.Min(and, conjunction), stop, afterComma: false, quoted, aside);
            if (before.Past != int.MaxValue && before.Future == int.MaxValue)
                return new ClauseReading(PastOrAhead(scan, mention, start), true, before.Perfect);
            // "said the county would open shelters at noon Tuesday and urged residents …": the nearer future
            // marker of the date's own predicate outweighs the next predicate's past verb.
            if (before.Future != int.MaxValue && before.Future <= before.Past)
                return new ClauseReading(Tense.Future, true, before.Perfect);
        }
        if (conjunction < comma)
        {
            var before = Markers(scan, mention, start, conjunction, stop, afterComma: false, quoted, aside);
            if (before.Future != int.MaxValue && before.Future <= before.Past)
                return new ClauseReading(Tense.Future, true, before.Perfect);
            if (before.Past != int.MaxValue && before.Future == int.MaxValue)
                return new ClauseReading(PastOrAhead(scan, mention, start), true, before.Perfect);
        }
        var primary = Markers(scan, mention, start, comma, stop, afterComma: false, quoted, aside);
        // "In June, the firm said it would cut 85 roles": after a fronted date the verb of saying is what the date tells.
        // "In a statement on Monday, the company said it would …", "In a post on X on Thursday night, he wrote:": a date
        // closing a fronted phrase with no verb of its own is fronted alike.
        // "Speaking at a meeting of growers on Monday, the chairman said farms would …": a fronted participle phrase alike.
        var fronted = mention.FirstToken - start <= 1
            || !primary.HasMarker && comma < stop && (OpensWithPlacePhrase(scan, start) || OpensWithParticiplePhrase(scan, mention, start));
        var reading = primary.HasMarker ? primary : Markers(scan, mention, comma, stop, stop, afterComma: !fronted, quoted);
        var perfect = primary.Perfect || reading.Perfect;
        var hasVerb = reading.HasMarker || primary.Participle || reading.Participle;
        var tense = reading.Future != int.MaxValue && reading.Future <= reading.Past ? Tense.Future : Tense.Past;
        if (tense == Tense.Past) tense = PastOrAhead(scan, mention, start);
        if (tense == Tense.Past && IsTimeAllowedUntil(scan, mention, start)) return new ClauseReading(Tense.Future, true, false);
        if (tense == Tense.Past && (AheadOfStory.Is(scan, mention) || StillAway.Is(scan, mention) || PresentInTimeClause.Is(scan, mention)
                                   || CountedUntil.Is(scan, mention, noPastVerb: reading.Past == int.MaxValue)))
            return new ClauseReading(Tense.Future, true, false);
        return new ClauseReading(tense, hasVerb, perfect);
    }

    // "Speaking to reporters on Tuesday,", "Addressing the conference on Friday,", "Following the vote on Monday,": a
    // capitalized "-ing" word opening the sentence heads a phrase whose time is the main clause's. "Starting Monday,"
    // and "Beginning in May," open what is to come, and are left to their own reading.
    private static bool OpensWithParticiplePhrase(DateScan scan, DateMention mention, int start)
    {
        if (start != scan.TokensOf(mention.Sentence).First || scan.Tokens[start].Kind != TokenKind.Word) return false;
        var word = scan.Text(start);
        return word.Length > 5 && char.IsUpper(word[0]) && word.EndsWith("ing", StringComparison.Ordinal)
            && !DateWords.FutureMarkerStarts.Contains(word);
    }

    private static bool OpensWithPlacePhrase(DateScan scan, int start) =>
        scan.IsWord(start, "in") || scan.IsWord(start, "at") || scan.IsWord(start, "on") || scan.IsWord(start, "during");

    // "said on Thursday it would close", "said in October it would", "told reporters Tuesday": a date right after a past verb of saying tells when
    // it was said; what follows is what was said.
    private static bool IsWhenSaid(DateScan scan, DateMention mention, int start)
    {
        var i = mention.FirstToken - 1;
        if (i > start && (scan.IsWord(i, "on") || scan.IsWord(i, "in"))) i--;
        // "the companies said early Wednesday it would …", "said late on Monday": the time of day beside the date.
        if (i > start && (scan.IsWord(i, "early") || scan.IsWord(i, "late"))) i--;
        if (i > start && scan.IsWord(i, "reporters")) i--;
        // ("voters will be asked June 11 to approve", "when it is announced on Thursday": a passive still to come.)
        return i >= start && scan.Tokens[i].Kind == TokenKind.Word
            && (DateWords.ReportingVerbs.Contains(scan.Text(i)) || DateWords.AnnouncingVerbs.Contains(scan.Text(i)))
            && !IsPresentOrComingPassive(scan, i - 1, start)
            && IsRegularPastOrStrong(scan, i);
    }

    // "when it is announced on Thursday", "would be announced next year": a passive still to come, not a past saying.
    private static bool IsPresentOrComingPassive(DateScan scan, int i, int start) =>
        i >= start && (scan.IsWord(i, "is") || scan.IsWord(i, "are") || scan.IsWord(i, "be") || scan.IsWord(i, "being"));

    // The "that" opening the reported clause whose fronted adverbial the date is ("said that, from 1 April, …",
    // "said that on Monday it would …"), or -1. A "that" right before the date is a demonstrative ("that April
    // launch"); a date further into the reported clause belongs to one of its phrases ("that local issues,
    // including the reopening in January, would help"), read as before.
    private static int ReportedClauseStart(DateScan scan, DateMention mention, int start)
    {
        for (var i = mention.FirstToken - 2; i > start && i >= mention.FirstToken - 4; i--)
        {
            if (!scan.IsWord(i, "that")) continue;
            // "confirmed on Wednesday that": a verb of saying or a past verb just before opens what was said.
            for (var k = i - 1; k > start && k >= i - 4; k--)
                if (DateWords.ReportingVerbs.Contains(scan.Text(k)) || IsPastVerb(scan, k)) return i;
            return -1;
        }
        return -1;
    }

    /// <summary>
    /// "a cup run in August, when Vale lost four of their first five games": a ", when …" clause right after the
    /// date says what happened then, so its verb gives the date's tense; null without such a clause or verb.
    /// </summary>
    internal static Tense? WhenClauseTense(DateScan scan, DateMention mention, int stop)
    {
        var comma = mention.LastToken + 1;
        if (comma + 2 >= stop || !scan.IsSymbol(comma, ',') || !scan.IsWord(comma + 1, "when")) return null;
        for (var i = comma + 2; i < stop && i <= comma + 8; i++)
        {
            if (scan.Tokens[i].Kind == TokenKind.Symbol && scan.IsSymbol(i, ',')) return null;
            if (scan.Tokens[i].Kind != TokenKind.Word || !char.IsLower(scan.Body[scan.Tokens[i].Start])) continue;
            if (IsFutureMarker(scan, i, stop)) return Tense.Future;
            if (IsStrongPast(scan, i) || IsRegularPast(scan, i)) return Tense.Past;
        }
        return null;
    }

    // A past act whose date is what it set ahead ("ordered him to report to prison by Jan. 9 and set sentencing for …",
    // "adjourned the case to 22 June"): the act is past, the date it names is still to come, whichever clause follows.
    private static Tense PastOrAhead(DateScan scan, DateMention mention, int start) =>
        IsInfinitiveDeadline(scan, mention, start) || IsOrderedFor(scan, mention, start) || IsDeferredTo(scan, mention, start)
        || IsScheduledFor(scan, mention, start) || IsMeantForDay(scan, mention, start) ? Tense.Future : Tense.Past;

    // "canceled classes for Monday", "had recruited 4,800 poll workers for Tuesday", "sold tickets for Friday": the day a
    // thing was readied for is the day it is to be used, ahead of the act ("for Monday's game" names a thing; "scheduled
    // for" is read above).
    private static bool IsMeantForDay(DateScan scan, DateMention mention, int start)
    {
        var prep = mention.FirstToken - 1;
        return prep > start && scan.IsWord(prep, "for") && mention.Expression is { Form: DateForm.Weekday, Shift: DateShift.None }
            && IsLowerWord(scan, prep - 1) && !DateWords.Prepositions.Contains(scan.Text(prep - 1))
            && !(mention.LastToken + 1 < scan.TokensOf(mention.Sentence).End && (scan.IsSymbol(mention.LastToken + 1, '\'') || scan.IsSymbol(mention.LastToken + 1, '’')));
    }

    // "the hearing was adjourned until 30 April", "postponed to May": what is put off lies ahead.
    private static bool IsDeferredTo(DateScan scan, DateMention mention, int start)
    {
        var until = mention.FirstToken - 1;
        if (until <= start || !(scan.IsWord(until, "until") || scan.IsWord(until, "till") || scan.IsWord(until, "to"))) return false;
        // ("adjourned the question of a compensation order to 22 June": read back over the object to its verb.)
        // ("deferred sentence for a week, until 20 February": a comma may set the day off.)
        for (var i = until - 1; i >= start && i >= until - DeferralObjectReach; i--)
        {
            if (i == until - 1 && scan.IsSymbol(i, ',')) continue;
            if (scan.Tokens[i].Kind == TokenKind.Symbol) return false;
            if (DateWords.DeferralVerbs.Contains(scan.Text(i))) return true;
            if (i < until - 3 && (IsStrongPast(scan, i) || IsRegularPast(scan, i))) return false;
        }
        return false;
    }

    // "is due on 21 May", "the October jobs report, due Friday", "Leaders were also due on Friday to discuss trade": what
    // is due lies ahead (a deadline, "due by March", is read elsewhere). "The budget was due June 30" told in the past
    // is a deadline gone by, unless what they were due to do follows ("were due on Friday to discuss").
    private static bool IsDue(DateScan scan, DateMention mention, int start)
    {
        var i = mention.FirstToken - 1;
        if (i > start && (scan.IsWord(i, "on") || scan.IsWord(i, "in"))) i--;
        // "its next call, now expected on April 23": what is expected on a day lies ahead, as what is due.
        if (i < start || !(scan.IsWord(i, "due") || scan.IsWord(i, "expected"))) return false;
        var verb = i - 1;
        if (verb > start && (scan.IsWord(verb, "also") || scan.Tokens[verb].Kind == TokenKind.Word && scan.Text(verb).EndsWith("ly", StringComparison.Ordinal))) verb--;
        if (verb < start || !(scan.IsWord(verb, "was") || scan.IsWord(verb, "were"))) return true;
        var next = mention.LastToken + 1;
        return next + 1 < scan.TokensOf(mention.Sentence).End && scan.IsWord(next, "to") && IsLowerWord(scan, next + 1);
    }

    // "Polling day is Thursday 7 May", "Game 3 is Friday night in Denver", "the deadline is on Monday": a present "is"
    // whose complement is the date tells of a day on the calendar ahead, as a timetable does.
    private static bool IsPresentCopula(DateScan scan, DateMention mention, int start)
    {
        var i = mention.FirstToken - 1;
        if (i > start && scan.IsWord(i, "on")) i--;
        // "City offices are closed Thursday for the holiday", "the museum is free on Sunday": a present state told of a
        // day is the state the calendar holds ahead, as the bare copula is ("are closed since Tuesday" is a span, read
        // elsewhere; "is said on Monday" is no state).
        if (i - 1 > start && IsLowerWord(scan, i) && !scan.IsWord(i, "there") && !scan.IsWord(i, "it")
            && !DateWords.ReportingVerbs.Contains(scan.Text(i)) && !DateWords.AnnouncingVerbs.Contains(scan.Text(i))
            && (scan.IsWord(i - 1, "is") || scan.IsWord(i - 1, "are"))) i--;
        return i > start && (scan.IsWord(i, "is") || scan.IsWord(i, "are")) && !scan.IsWord(i - 1, "there") && !scan.IsWord(i - 1, "it");
    }

    // "at the bank's next meeting on Dec 17", "its upcoming hearing in March": the next of a series lies ahead.
    private static bool IsNextOccasion(DateScan scan, DateMention mention, int start)
    {
        var prep = mention.FirstToken - 1;
        if (prep <= start || !(scan.IsWord(prep, "on") || scan.IsWord(prep, "in") || scan.IsWord(prep, "at"))) return false;
        for (var i = prep - 2; i >= start && i >= prep - 3; i--)
            if ((scan.IsWord(i, "next") || scan.IsWord(i, "upcoming")) && IsLowerWord(scan, i + 1)) return true;
        return false;
    }

    // "Calder Ridge has until 5pm on 14 July to announce a firm offer": the time someone has left runs ahead.
    private static bool IsTimeAllowedUntil(DateScan scan, DateMention mention, int start)
    {
        for (var i = mention.FirstToken - 1; i > start && i >= mention.FirstToken - 6; i--)
        {
            if (!scan.IsWord(i, "until")) continue;
            return scan.IsWord(i - 1, "has") || scan.IsWord(i - 1, "have") || scan.IsWord(i - 1, "given") || scan.IsWord(i - 1, "now");
        }
        return false;
    }

    // "scheduled a committee vote for Sept. 23", "was set for March 4": what is scheduled lies ahead of the scheduling.
    private static bool IsScheduledFor(DateScan scan, DateMention mention, int start)
    {
        var prep = mention.FirstToken - 1;
        if (prep <= start || !scan.IsWord(prep, "for")) return false;
        for (var i = prep - 1; i > start && i >= prep - 6; i--)
        {
            if (scan.Tokens[i].Kind == TokenKind.Symbol) return false;
            if (scan.IsWord(i, "scheduled") || scan.IsWord(i, "rescheduled") || scan.IsWord(i, "slated") || scan.IsWord(i, "set"))
                return !scan.IsWord(i - 1, "been");
            // "A second strike has been called for 10 and 11 March": a strike or election called for a day is still to come.
            if (scan.IsWord(i, "called") && i == prep - 1) return !(scan.IsWord(i - 1, "been") && scan.IsWord(i - 2, "had"));
        }
        return false;
    }

    // "was ordered to report to prison by Jan. 12": the deadline of what someone is to do lies ahead of the order.
    private static bool IsInfinitiveDeadline(DateScan scan, DateMention mention, int start)
    {
        var by = mention.FirstToken - 1;
        if (by <= start || !scan.IsWord(by, "by")) return false;
        for (var i = by - 1; i > start && i >= by - InfinitiveDeadlineReach; i--)
        {
            if ((IsStrongPast(scan, i) || IsRegularPast(scan, i)) && !IsAttributiveParticiple(scan, i, by)) return false;
            if (scan.IsWord(i, "to") && IsLowerWord(scan, i + 1) && !IsStrongPast(scan, i + 1) && !IsRegularPast(scan, i + 1)
                && !DateWords.AdjectiveCues.Contains(scan.Text(i + 1))) return true;
        }
        return false;
    }

    // "The board directed him to present a budget plan on Nov. 16", "ordered her … to surrender to federal authorities
    // on Jan. 8": what someone is ordered to do on a day lies ahead of the order.
    private static bool IsOrderedFor(DateScan scan, DateMention mention, int start)
    {
        var on = mention.FirstToken - 1;
        if (on <= start || !scan.IsWord(on, "on")) return false;
        var infinitive = false;
        for (var i = on - 1; i >= start && i >= on - 16; i--)
        {
            if (scan.IsSymbol(i, ',')) return false;
            // ("had been called to the High Street on Saturday": "to" before a determiner is a place, not an infinitive.)
            if (scan.IsWord(i, "to") && IsLowerWord(scan, i + 1) && !Determiners.Contains(scan.Text(i + 1))) infinitive = true;
            if (DateWords.DirectiveVerbs.Contains(scan.Text(i))) return infinitive;
        }
        return false;
    }

    private readonly record struct MarkerDistances(int Past, int Future, bool Perfect, bool Participle)
    {
        public bool HasMarker => Past != int.MaxValue || Future != int.MaxValue;
    }

    // "Members will debate the petition, which gathered 460,000 signatures, on 10 October": a relative clause told as an
    // aside before the date has its own verb and time; the date belongs to the predicate around it. Returns the aside's
    // commas, or (-1, -1).
    internal static (int From, int To) AsideBefore(DateScan scan, DateMention mention, int start)
    {
        const int reach = 30;
        var close = mention.FirstToken - 1;
        while (close > start && close > mention.FirstToken - reach && !scan.IsSymbol(close, ',')) close--;
        if (close <= start || !scan.IsSymbol(close, ',')) return (-1, -1);
        var open = close - 1;
        while (open > start && open > close - reach && !scan.IsSymbol(open, ',')) open--;
        if (open <= start || !scan.IsSymbol(open, ',')
            || !(scan.IsWord(open + 1, "which") || scan.IsWord(open + 1, "who") || scan.IsWord(open + 1, "whose")
                 // "The school, where hail broke dozens of windows, will be closed Wednesday": a place's aside alike, when the
                 // predicate resumes after it ("…, where ferries are due to be discussed at the net zero, energy and
                 // transport committee on 24 November" goes on with a list, not a predicate).
                 || scan.IsWord(open + 1, "where") && ResumesPredicate(scan, close, mention.FirstToken))) return (-1, -1);
        return (open, close);
    }

    private static bool ResumesPredicate(DateScan scan, int close, int date)
    {
        for (var i = close + 1; i < date; i++)
            if (IsLowerWord(scan, i) && (IsFutureMarker(scan, i, date) || IsPastVerb(scan, i) || scan.IsWord(i, "is") || scan.IsWord(i, "are")))
                return true;
        return false;
    }

    private static MarkerDistances Markers(DateScan scan, DateMention mention, int from, int to, int stop, bool afterComma, bool quoted,
        (int From, int To) aside = default)
    {
        if (aside.To > 0 && from < aside.From && to > aside.To)
        {
            // Read around the aside: the nearer of the two sides' markers counts, as if the aside were not there.
            var left = Markers(scan, mention, from, aside.From, stop, afterComma, quoted);
            var right = Markers(scan, mention, aside.To + 1, to, stop, afterComma, quoted);
            return new MarkerDistances(Math.Min(left.Past, right.Past), Math.Min(left.Future, right.Future),
                left.Perfect || right.Perfect, left.Participle || right.Participle);
        }
        var nearestPast = int.MaxValue;
        var nearestFuture = int.MaxValue;
        var perfect = false;
        var participle = false;
        var futureBefore = false;
        for (var i = from; i < to; i++)
        {
            if (i >= mention.FirstToken && i <= mention.LastToken) continue;
            var token = scan.Tokens[i];
            if (token.Kind != TokenKind.Word || !char.IsLower(scan.Body[token.Start])) continue;
            var distance = i < mention.FirstToken ? mention.FirstToken - i : i - mention.LastToken;
            if (scan.IsWord(i, "has") || scan.IsWord(i, "have")) perfect = true;
            // "The council voted 6-3 late Tuesday to open a site", "agreed Monday to begin talks": an infinitive after the
            // date is what the dated verb before it was about, not a timetable of its own ("the Rockies open a series").
            if (i > mention.LastToken + 1 && scan.IsWord(i - 1, "to") && IsLowerWord(scan, i)) continue;
            if (IsFutureMarker(scan, i, stop) && !(i > mention.LastToken && IsFixtureVerb(scan, i)))
            {
                // 'wrote on Monday night that "the next fight is going to happen"': a narrated date's tense is the
                // narrator's, not that of the words it reports.
                if (!quoted && scan.IsInsideQuotation(token.Start)) continue;
                nearestFuture = Math.Min(nearestFuture, distance);
                futureBefore |= i < mention.FirstToken;
                continue;
            }
            // "will host a workshop led by the family on May 16": a participle with its agent right after a noun is a
            // reduced relative describing the future verb's object, not a past tense of its own.
            if (futureBefore && i < mention.FirstToken && IsReducedPassive(scan, i, to)) continue;
            // "will meet for their first televised debate on Oct. 8": an "-ed" word before a noun, after the future verb, is
            // an adjective describing its object.
            if (futureBefore && i < mention.FirstToken && IsAttributiveParticiple(scan, i, mention.FirstToken)) continue;
            // "… on 12 May, he added": when it was said, not when the reported thing happens.
            if (afterComma && DateWords.ReportingVerbs.Contains(scan.Text(i))) continue;
            if (quoted && DateWords.StateVerbs.Contains(scan.Text(i))) continue;
            // "will be held", "to affected patients": a participle or adjective, not a past tense; "would be re-evaluated"
            // alike, the cue standing before the hyphened prefix.
            if (i > from && IsLowerWord(scan, i - 1) && DateWords.AdjectiveCues.Contains(scan.Text(i - 1))
                || i - 3 >= from && scan.IsSymbol(i - 1, '-') && IsLowerWord(scan, i - 2) && IsLowerWord(scan, i - 3)
                && DateWords.AdjectiveCues.Contains(scan.Text(i - 3))
                || IsCoordinatedParticiple(scan, i, from))
            {
                participle |= IsStrongPast(scan, i) || IsRegularPast(scan, i);
                continue;
            }
            // "after trading the guard to Boston in July": a gerund after "after" tells of something done.
            if (i > from && scan.IsWord(i - 1, "after") && i < mention.FirstToken && scan.Text(i).EndsWith("ing", StringComparison.Ordinal)
                && scan.Text(i).Length > 5)
            {
                nearestPast = Math.Min(nearestPast, distance + WeakPastPenalty);
                continue;
            }
            // "would cut the cap from April 1", "will not set a date": after a modal the verb is a bare infinitive.
            if (IsAfterModal(scan, i, from)) continue;
            var strong = IsStrongPast(scan, i);
            if (!strong && !IsRegularPast(scan, i) || !quoted && scan.IsInsideQuotation(token.Start)) continue;
            // "-ed" words are often adjectives ("damaged areas"), so they count as a little further away; one with its
            // object or clause right after it ("announced it would", "approved the plan", "agreed that") is the verb.
            nearestPast = Math.Min(nearestPast, strong || IsVerbBeforeObject(scan, i, to) ? distance : distance + WeakPastPenalty);
        }
        return new MarkerDistances(nearestPast, nearestFuture, perfect, participle);
    }

    // "is expected to be charged and brought before magistrates on Friday": a past form joined by "and"/"or" to a
    // participle after "be" shares its reading (both participles of one passive), not a past tense of its own.
    private static bool IsCoordinatedParticiple(DateScan scan, int i, int from) =>
        i - 3 >= from && (scan.IsWord(i - 1, "and") || scan.IsWord(i - 1, "or")) && IsLowerWord(scan, i - 2) && IsRegularPastOrStrong(scan, i - 2)
        && IsLowerWord(scan, i - 3) && DateWords.AdjectiveCues.Contains(scan.Text(i - 3)) && IsRegularPastOrStrong(scan, i);

    // "announced it would", "approved the plan", "agreed that …": an "-ed" word right before a pronoun, an article or
    // "that" takes an object or a clause, so it is a verb, not an adjective before a noun ("damaged areas").
    private static bool IsVerbBeforeObject(DateScan scan, int i, int to) =>
        i + 1 < to && ObjectOpeners.Contains(scan.Text(i + 1)) && IsLowerWord(scan, i + 1);

    private static readonly FilteredWords ObjectOpeners =
        new(new[] { "it", "them", "him", "us", "the", "a", "an", "that", "its", "their" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    // "a workshop led by", "the plan drawn up by": past form + "by" right after a noun (no auxiliary before it).
    private static bool IsReducedPassive(DateScan scan, int i, int to) =>
        i + 1 < to && scan.IsWord(i + 1, "by") && i > 0 && IsLowerWord(scan, i - 1) && (IsStrongPast(scan, i) || IsRegularPast(scan, i))
        && !DateWords.PassiveAuxiliaries.Contains(scan.Text(i - 1));

    // "their first televised debate", "the 10-day injured list": an "-ed" word between an ordinal or a hyphened compound
    // and a noun.
    // ("for each affected school", "to submit revised plans", "would release proposed boundaries": after a determiner,
    // or right after the verb that follows "to" or a modal, the "-ed" word opens the object's noun phrase.)
    private static bool IsAttributiveParticiple(DateScan scan, int i, int date) =>
        i + 1 < date && i > 1 && IsRegularPast(scan, i) && !IsStrongPast(scan, i) && IsLowerWord(scan, i + 1)
        && !DateWords.Prepositions.Contains(scan.Text(i + 1)) && !DateWords.AdjectiveCues.Contains(scan.Text(i + 1))
        && (OrdinalWords.Contains(scan.Text(i - 1)) || scan.IsSymbol(i - 2, '-') && IsLowerWord(scan, i - 1)
            || Determiners.Contains(scan.Text(i - 1))
            // "will publish new start times and updated bus routes by July 15": the second of two objects.
            || (scan.IsWord(i - 1, "and") || scan.IsWord(i - 1, "or")) && !scan.IsSymbol(i - 2, ',')
            || IsLowerWord(scan, i - 1) && !IsRegularPastOrStrong(scan, i - 1) && !DateWords.AdjectiveCues.Contains(scan.Text(i - 1))
               && (scan.IsWord(i - 2, "to") || DateWords.Modals.Contains(scan.Text(i - 2)) || scan.IsWord(i - 2, "will")));

    private static readonly FilteredWords Determiners =
        new(new[] { "each", "every", "all", "any", "its", "their", "his", "her", "our", "these", "those", "the" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    private static readonly FilteredWords ClauseConjunctions =
        new(new[] { "after", "because", "when", "while", "although", "though", "unless", "as" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    private static readonly FilteredWords OrdinalWords =
        new(new[] { "first", "second", "third", "fourth", "fifth", "final", "last", "next" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    // "face", "play", "visit", "host" tell of a fixture only before its date ("face Brentford on Saturday"); after a
    // date they are a plain present ("Today, many cities face the same choice").
    private static bool IsFixtureVerb(DateScan scan, int i) =>
        scan.IsWord(i, "face") || scan.IsWord(i, "play") || scan.IsWord(i, "visit") || scan.IsWord(i, "host");

    private static bool IsAfterModal(DateScan scan, int i, int from)
    {
        var k = i - 1;
        if (k >= from && scan.IsWord(k, "not")) k--;
        return k >= from && (DateWords.Modals.Contains(scan.Text(k)) || scan.IsWord(k, "will") || scan.IsWord(k, "shall"));
    }

    private static bool IsLowerWord(DateScan scan, int i) =>
        scan.Tokens[i].Kind == TokenKind.Word && char.IsLower(scan.Body[scan.Tokens[i].Start]);

    private static bool IsClauseBreak(DateScan scan, int i) => DateContext.IsClauseBreak(scan, i);

    private static bool IsAfterDid(DateScan scan, int i)
    {
        var k = i - 1;
        if (k >= 0 && scan.IsWord(k, "not")) k--;
        if (k >= 0 && scan.IsWord(k, "did")) return true;
        return k >= 2 && scan.IsWord(k, "t") && IsApostrophe(scan, k - 1) && scan.IsWord(k - 2, "didn");
    }

    internal static bool IsFutureMarker(DateScan scan, int i, int stop)
    {
        var word = scan.Text(i);
        if (!DateWords.FutureMarkerStarts.Contains(word) && !word.SequenceEqual("ll")) return false;
        // "at the beginning of March", "the starting lineup" are nouns and adjectives, not the start of what is to come.
        // "play-off places", "host-city deal": a compound noun.
        if ((scan.IsWord(i, "play") || scan.IsWord(i, "host") || scan.IsWord(i, "visit") || scan.IsWord(i, "face")) && i + 1 < stop
            && (scan.IsSymbol(i + 1, '-') || scan.IsSymbol(i + 1, '–'))) return false;
        // "ministers dropped a plan to strip councillors of the power": after a determiner "plan" is a noun.
        if ((scan.IsWord(i, "beginning") || scan.IsWord(i, "starting") || scan.IsWord(i, "start") || scan.IsWord(i, "face") || scan.IsWord(i, "visit")
             || scan.IsWord(i, "play") || scan.IsWord(i, "host") || scan.IsWord(i, "plan") || scan.IsWord(i, "plans")) && i > 0
            && (scan.IsWord(i - 1, "the") || scan.IsWord(i - 1, "a") || scan.IsWord(i - 1, "its") || scan.IsWord(i - 1, "his") || scan.IsWord(i - 1, "her")
                || scan.IsWord(i - 1, "their") || scan.IsWord(i - 1, "our")))
            return false;
        // "made a poor start in August", "a flying start": an adjective between the article and "start" keeps it a noun.
        if (scan.IsWord(i, "start") && i > 1 && (scan.IsWord(i - 2, "the") || scan.IsWord(i - 2, "a") || scan.IsWord(i - 2, "its")
            || scan.IsWord(i - 2, "his") || scan.IsWord(i - 2, "her") || scan.IsWord(i - 2, "their") || scan.IsWord(i - 2, "our"))) return false;
        // "raised starting pay to $24 an hour in January", "a beginning teacher": before a bare noun, an adjective. What is
        // to come is told with a time or a preposition after it ("starting Oct. 8", "starting in March", "starting next week").
        if ((scan.IsWord(i, "starting") || scan.IsWord(i, "beginning")) && i + 1 < stop && IsLowerWord(scan, i + 1)
            && !DateWords.Prepositions.Contains(scan.Text(i + 1)) && !scan.IsWord(i + 1, "on") && !scan.IsWord(i + 1, "at") && !scan.IsWord(i + 1, "with")
            && !scan.IsWord(i + 1, "today") && !scan.IsWord(i + 1, "tomorrow") && !scan.IsWord(i + 1, "tonight")
            && !scan.IsWord(i + 1, "immediately")
            && !(i > 0 && (DateWords.PassiveAuxiliaries.Contains(scan.Text(i - 1)) || scan.IsWord(i - 1, "is") || scan.IsWord(i - 1, "are")
                           || scan.IsWord(i - 1, "be") || scan.IsWord(i - 1, "will") || DateWords.Modals.Contains(scan.Text(i - 1)))))
            return false;
        // "as rents continue to climb": what goes on, not a timetable ("the celebrations continue Saturday").
        if (scan.IsWord(i, "continue") && i + 1 < stop && scan.IsWord(i + 1, "to")) return false;
        // "did not play a tour match again until February", "didn't open until noon": after "did" the verb is a bare
        // infinitive of the past, not a fixture or an opening to come.
        if (IsAfterDid(scan, i)) return false;
        // "won't" is "will not"; "'ll" is "will".
        if (scan.IsWord(i, "won") && i + 2 < stop && IsApostrophe(scan, i + 1) && scan.IsWord(i + 2, "t")) return true;
        if (scan.IsWord(i, "ll") && i > 0 && IsApostrophe(scan, i - 1)) return true;
        // "could not be reached on Tuesday" reports the past.
        if (scan.IsWord(i, "could") && i + 1 < stop && (scan.IsWord(i + 1, "not") || scan.IsWord(i + 1, "n"))) return false;
        // "would have voted" looks back, not ahead.
        if (DateWords.Modals.Contains(word) && i + 2 < stop && scan.IsWord(i + 1, "have") && IsRegularPastOrStrong(scan, i + 2)) return false;
        if (!DateWords.FutureMarkersByStart.TryGetValue(word, out var markers)) return false;
        foreach (var marker in markers)
        {
            if (marker[0] == "ll" || i + marker.Length > stop) continue;
            var match = true;
            for (var k = 0; k < marker.Length && match; k++) match = scan.IsWord(i + k, marker[k]);
            if (match && !IsNounBeforeRecipient(scan, i, marker.Length, stop)) return true;
            // "are also planned", "is now expected to", "is still due": an adverb of time or addition inside the marker.
            if (marker.Length < 2 || i + marker.Length + 1 > stop || !InsideMarkerAdverbs.Contains(scan.Text(i + 1))) continue;
            match = true;
            for (var k = 1; k < marker.Length && match; k++) match = scan.IsWord(i + k + 1, marker[k]);
            if (match) return true;
        }
        return false;
    }

    // "presented the plan to the board on Tuesday", "closed due to the storm on Monday": a "plan to", "due to" followed
    // by a determiner is a noun and its recipient (or a cause), not an infinitive of intent.
    private static bool IsNounBeforeRecipient(DateScan scan, int i, int length, int stop) =>
        length == 2 && scan.IsWord(i + 1, "to") && i + 2 < stop && IntentVerbs.Contains(scan.Text(i)) && IsRecipientAfterTo(scan, i, i + 2);

    /// <summary>
    /// Whether the word at <paramref name="next"/>, after "plan to" or "due to" (the intent word at <paramref name="intent"/>),
    /// opens a noun phrase ("the", "a", "its"): a recipient or cause, not an infinitive. ("going to the polls Nov. 7" is a
    /// going still to come, so "going" keeps its reading.)
    /// </summary>
    internal static bool IsRecipientAfterTo(DateScan scan, int intent, int next) =>
        !scan.IsWord(intent, "going")
        && (Determiners.Contains(scan.Text(next)) || scan.IsWord(next, "a") || scan.IsWord(next, "an") || scan.IsWord(next, "this"));

    private static readonly FilteredWords IntentVerbs = new(WordList.Set("dates-intent-verbs"));

    private static readonly FilteredWords InsideMarkerAdverbs =
        new(new[] { "also", "now", "still", "already", "currently", "tentatively", "provisionally", "likewise", "then" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// "If approved, the new fares would take effect Jan. 1", "once completed": a participle right after a conjunction is a
    /// condition still to be met, not a past tense.
    /// </summary>
    internal static bool IsConditionParticiple(DateScan scan, int i, int first) =>
        i > first && (scan.IsWord(i - 1, "if") || scan.IsWord(i - 1, "once") || scan.IsWord(i - 1, "unless") || scan.IsWord(i - 1, "when"));

    /// <summary>A lower-case past-tense verb ("dropped", "announced", "won").</summary>
    internal static bool IsPastVerb(DateScan scan, int i) => IsLowerWord(scan, i) && IsRegularPastOrStrong(scan, i);

    private static bool IsRegularPastOrStrong(DateScan scan, int i) => IsStrongPast(scan, i) || IsRegularPast(scan, i);

    private static bool IsStrongPast(DateScan scan, int i) => DateWords.PastVerbs.Contains(scan.Text(i));

    private static bool IsRegularPast(DateScan scan, int i)
    {
        var word = scan.Text(i);
        return word.Length >= 4 && word.EndsWith("ed", StringComparison.Ordinal) && !DateWords.NotPastVerbs.Contains(word);
    }

    private static bool IsApostrophe(DateScan scan, int i) => scan.IsSymbol(i, '\'') || scan.IsSymbol(i, '’');
}
