using System.Collections.Frozen;
using NewsArchive.Extraction.Lexicon;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "The department reported that employers added 38,000 jobs in August", "the index rose 0.5% in September", "figures
/// show 71,480 people were waiting at the end of September": a month or year after a reported figure is the period
/// the figure measures, not a happening (the report, with its own day, is the happening).
/// </summary>
internal static class FigurePeriod
{
    private const int FigureReach = 18; // words from the figure to the date
    private const int SourceReach = 10; // words from the source ("showed", "reported") to the figure

    public static bool IsFigurePeriod(DateScan scan, DateMention mention)
    {
        if (mention.Expression.IsDayOrWeek) return false;
        var (first, end) = scan.TokensOf(mention.Sentence);
        if (IsSeriesStart(scan, mention, first)) return true;
        if (MeasuredAfter(scan, mention, end) || FrontedTally(scan, mention, first, end)) return true;
        // "delivered 412 babies last year, …, according to figures it submitted": a figure credited to its source after
        // it is a statistic too. (A fronted "In 2018, ICE sent … 108 of these requests, according to …" tells happenings.)
        var according = AccordingToAfter(scan, mention.LastToken + 1, end);
        // "responded to 41 fires last year, according to department figures": credited to figures, any count is one.
        var toFigures = according >= 0 && CreditsFigures(scan, according + 2, end);
        for (var i = mention.FirstToken - 1; i >= first && i >= mention.FirstToken - FigureReach; i--)
        {
            if (IsBreak(scan, i)) return false;
            if (!IsFigure(scan, i) && !(toFigures && scan.Tokens[i].Kind == TokenKind.Number && !IsYear(scan, i))) continue;
            // "Figures published last month showed that 312 patients waited more than 12 hours in December": what
            // published figures count, whatever its verb, is the statistic of that period.
            if (ShownByFigures(scan, i, first)) return true;
            // "spilled into the river 1,126 times in 2022": a count of times is a tally over the period.
            if (i + 1 < mention.FirstToken && scan.IsWord(i + 1, "times")) return true;
            // "carried out 1,240 inspections in 2025, up from 870 the year before": a figure set against another period's.
            if (ComparedAfter(scan, mention, end)) return true;
            if (HasOwnHappening(scan, i, mention.FirstToken)) return false;
            // ("plans to hire 12 more staff next year, according to a budget memo": a plan, not a period measured.)
            if (according >= 0) return !IsTransactionSum(scan, i, first) && !IsPlanned(scan, i, first);
            if (IsMeasured(scan, i, first)) return true;
            var percent = i + 1 < mention.FirstToken && (scan.IsSymbol(i + 1, '%') || scan.IsWord(i + 1, "percent") || scan.IsWord(i + 1, "per"));
            for (var k = i - 1; k >= first && k >= i - SourceReach; k--)
            {
                if (IsBreak(scan, k)) break;
                if (scan.Tokens[k].Kind != TokenKind.Word) continue;
                if (DateWords.FigureSources.Contains(scan.Text(k))) return true;
                // "said that the consumer-price index rose 0.5% in September": a rate said is a figure reported.
                if (percent && DateWords.ReportingVerbs.Contains(scan.Text(k))) return true;
            }
            return false;
        }
        return false;
    }

    // "a ballot, which closed in January", "10,000 jobs were cut in 2025": a verb of its own between the figure and the
    // date tells a happening then; "were being used as lets in 2025", "were on the list" tell a state, and so do
    // "were waiting for planned treatment", "waiting to be carried out": a participle after "for", "be" or "being" is an
    // adjective or the passive of what is still waiting.
    private static bool HasOwnHappening(DateScan scan, int figure, int date)
    {
        // ("41 fireworks-related fires last year": a word joined on by a hyphen is an adjective.)
        for (var k = figure + 1; k < date; k++)
            if (ClauseTense.IsPastVerb(scan, k) && !IsBe(scan, k) && !DateWords.AdjectiveCues.Contains(scan.Text(k - 1))
                && !(scan.IsSymbol(k - 1, '-') && scan.Tokens[k - 1].End == scan.Tokens[k].Start) && !IsCountedAdjective(scan, figure, k, date)) return true;
        return false;
    }

    // "14,000 suspected cases", "12 confirmed deaths": an "-ed" word right after the count and before a noun describes
    // what is counted ("10,000 jobs were cut", "300 homes flooded in May" keep their verb).
    private static bool IsCountedAdjective(DateScan scan, int figure, int k, int date) =>
        k == figure + 1 && k + 1 < date && scan.Tokens[k + 1].Kind == TokenKind.Word && char.IsLower(scan.Body[scan.Tokens[k + 1].Start])
        && !DateWords.Prepositions.Contains(scan.Text(k + 1)) && !DateWords.AdjectiveCues.Contains(scan.Text(k + 1));

    // "Average ridership in October was about 71%", "ridership last year stood at 68%": the date, then a level or change
    // and its figure, is the period measured.
    private static bool MeasuredAfter(DateScan scan, DateMention mention, int end)
    {
        var verb = mention.LastToken + 1;
        if (verb >= end || !(DateWords.MeasureVerbs.Contains(scan.Text(verb)) || scan.IsWord(verb, "was"))) return false;
        for (var k = verb + 1; k < end && k <= verb + 4; k++)
        {
            if (IsFigure(scan, k)) return true;
            if (!IsFiller(scan, k) && !scan.IsWord(k, "at") && !scan.IsSymbol(k, '$') && !scan.IsSymbol(k, '£') && !scan.IsSymbol(k, '€')) return false;
        }
        return false;
    }

    // "In 2024, the state recorded 285 cases", "In 2022, the department logged more than 4,100 complaints": a fronted
    // period whose clause counts things with a tally verb frames a statistic. ("In 2018, the agency sent … 108 of these
    // requests" and "In 2024, 212 people were injured" tell happenings.)
    private static bool FrontedTally(DateScan scan, DateMention mention, int first, int end)
    {
        var start = mention.FirstToken > first && scan.IsWord(mention.FirstToken - 1, "in") ? mention.FirstToken - 1 : mention.FirstToken;
        if (start != first || mention.LastToken + 1 >= end || !scan.IsSymbol(mention.LastToken + 1, ',')) return false;
        for (var k = mention.LastToken + 2; k < end && k <= mention.LastToken + 2 + FigureReach; k++)
        {
            if (IsBreak(scan, k) || scan.IsSymbol(k, ',')) return false;
            if (scan.Tokens[k].Kind != TokenKind.Word || !DateWords.TallyVerbs.Contains(scan.Text(k))) continue;
            // The count right after the verb ("inspectors found 41 stores": any count of things), then what it counts.
            var count = k + 1;
            while (count < end && count <= k + 3 && IsFiller(scan, count)) count++;
            return count + 1 < end && scan.Tokens[count].Kind == TokenKind.Number && !IsYear(scan, count)
                && scan.Tokens[count + 1].Kind == TokenKind.Word && !scan.IsWord(count + 1, "of") && char.IsLower(scan.Body[scan.Tokens[count + 1].Start]);
        }
        return false;
    }

    // "up from 870 the year before", "down from 43,800", "compared with 27", "5% less water in 2022 than the year
    // before": the figure's period set against another.
    private static bool ComparedAfter(DateScan scan, DateMention mention, int end)
    {
        var k = mention.LastToken + 1;
        if (k < end && scan.IsWord(k, "than")) return true;
        if (k < end && scan.IsSymbol(k, ',')) k++;
        return k + 1 < end && ((scan.IsWord(k, "up") || scan.IsWord(k, "down")) && scan.IsWord(k + 1, "from")
            || scan.IsWord(k, "compared") && (scan.IsWord(k + 1, "with") || scan.IsWord(k + 1, "to")));
    }

    private static bool IsFiller(DateScan scan, int k) =>
        scan.IsWord(k, "about") || scan.IsWord(k, "more") || scan.IsWord(k, "than") || scan.IsWord(k, "nearly") || scan.IsWord(k, "almost")
        || scan.IsWord(k, "some") || scan.IsWord(k, "just") || scan.IsWord(k, "over") || scan.IsWord(k, "around") || scan.IsWord(k, "roughly");

    private static bool IsBe(DateScan scan, int i) =>
        scan.IsWord(i, "was") || scan.IsWord(i, "were") || scan.IsWord(i, "been") || scan.IsWord(i, "had");

    // A "figures/data/statistics … show(ed)" source within reach before the figure.
    private static bool ShownByFigures(DateScan scan, int figure, int first)
    {
        for (var k = figure - 1; k >= first && k >= figure - SourceReach; k--)
        {
            if (IsBreak(scan, k)) return false;
            if (scan.IsWord(k, "figures") || scan.IsWord(k, "data") || scan.IsWord(k, "statistics")
                || scan.IsWord(k, "show") || scan.IsWord(k, "shows") || scan.IsWord(k, "showed") || scan.IsWord(k, "shown")) return true;
        }
        return false;
    }

    // "the highest since comparable records began in 2010": when a statistical series starts, the yardstick of a figure.
    private static bool IsSeriesStart(DateScan scan, DateMention mention, int first)
    {
        var verb = mention.FirstToken - 1;
        if (verb >= first && scan.IsWord(verb, "in")) verb--;
        if (verb - 1 < first || !(scan.IsWord(verb, "began") || scan.IsWord(verb, "started") || scan.IsWord(verb, "begun"))) return false;
        var noun = scan.IsWord(verb - 1, "first") || scan.IsWord(verb - 1, "have") || scan.IsWord(verb - 1, "had") ? verb - 2 : verb - 1;
        return noun >= first && (scan.IsWord(noun, "records") || scan.IsWord(noun, "figures") || scan.IsWord(noun, "data") || scan.IsWord(noun, "statistics"));
    }

    // "raised $340 million in a funding round": the sum of one transaction, the words between verb and figure being
    // "$", "about", "more than".
    private static bool IsTransactionSum(DateScan scan, int figure, int first)
    {
        for (var k = figure - 1; k >= first && k >= figure - 4; k--)
        {
            if (scan.Tokens[k].Kind != TokenKind.Word) continue;
            if (DateWords.TransactionVerbs.Contains(scan.Text(k))) return true;
        }
        return false;
    }

    // "revenue rose 11% last year", "rent hit $3,390 in March", "there were 53,410 teachers in September": a level or a
    // change measured, the words between verb and figure being "$", "about", "more than", "by", "to".
    private static bool IsMeasured(DateScan scan, int figure, int first)
    {
        for (var k = figure - 1; k >= first && k >= figure - 4; k--)
        {
            if (scan.Tokens[k].Kind != TokenKind.Word) continue;
            // ("held at £9,250 until they rose to £9,535 last year": a change that ends a span is a happening.)
            if (DateWords.MeasureVerbs.Contains(scan.Text(k)) || DateWords.TallyVerbs.Contains(scan.Text(k)) || DateWords.ChangeVerbs.Contains(scan.Text(k)))
                return !(k - 2 >= first && (scan.IsWord(k - 2, "until") || scan.IsWord(k - 1, "until")));
            if (!(scan.IsWord(k, "about") || scan.IsWord(k, "more") || scan.IsWord(k, "than") || scan.IsWord(k, "by") || scan.IsWord(k, "to")
                  || scan.IsWord(k, "nearly") || scan.IsWord(k, "almost") || scan.IsWord(k, "some") || scan.IsWord(k, "just"))) return false;
        }
        return false;
    }

    private static bool IsPlanned(DateScan scan, int figure, int first)
    {
        for (var k = figure - 1; k >= first && k >= figure - SourceReach; k--)
        {
            if (IsBreak(scan, k)) return false;
            if (scan.Tokens[k].Kind == TokenKind.Word && ClauseTense.IsFutureMarker(scan, k, figure)) return true;
        }
        return false;
    }

    // "according to department figures", "according to state data": the source named is figures themselves.
    private static bool CreditsFigures(DateScan scan, int from, int end)
    {
        for (var i = from; i < end && i <= from + 4; i++)
        {
            if (scan.Tokens[i].Kind == TokenKind.Symbol) return false;
            if (scan.IsWord(i, "figures") || scan.IsWord(i, "data") || scan.IsWord(i, "statistics") || scan.IsWord(i, "records")) return true;
        }
        return false;
    }

    // The "according" of an "according to" after the date in its sentence, or -1.
    private static int AccordingToAfter(DateScan scan, int from, int end)
    {
        for (var i = from; i + 1 < end; i++)
            if (scan.IsWord(i, "according") && scan.IsWord(i + 1, "to")) return i;
        return -1;
    }

    // A count or amount, not a year ("in 2019") and not the day of a date.
    private static bool IsFigure(DateScan scan, int i)
    {
        if (scan.Tokens[i].Kind != TokenKind.Number) return false;
        var text = scan.Text(i);
        if (IsYear(scan, i)) return false;
        // ("3 per cent": British style; "recorded 12 bicyclist deaths": a count of things, which a day of a date never
        // stands before.)
        return text.Length > 2 || IsCountOfThings(scan, i) || text.Contains('.') || i + 1 < scan.Tokens.Count && (scan.IsSymbol(i + 1, '%') || scan.IsWord(i + 1, "percent")
            || scan.IsWord(i + 1, "per") && i + 2 < scan.Tokens.Count && scan.IsWord(i + 2, "cent")
            || scan.IsWord(i + 1, "million") || scan.IsWord(i + 1, "billion"))
            || i > 0 && (scan.IsSymbol(i - 1, '$') || scan.IsSymbol(i - 1, '£') || scan.IsSymbol(i - 1, '€'));
    }

    private static bool IsCountOfThings(DateScan scan, int i) =>
        i + 1 < scan.Tokens.Count && scan.Tokens[i + 1].Kind == TokenKind.Word && char.IsLower(scan.Body[scan.Tokens[i + 1].Start])
        && !DateWords.Prepositions.Contains(scan.Text(i + 1)) && !TimeUnits.Contains(scan.Text(i + 1))
        && !(i > 0 && scan.Tokens[i - 1].Kind == TokenKind.Word && DateWords.Months.ContainsKey(scan.Text(i - 1)));

    // "in the 12 months to January": a length of time, not a count.
    private static readonly FilteredWords TimeUnits = new(new[] { "year", "years", "month", "months", "week", "weeks", "day", "days",
        "hour", "hours", "minute", "minutes", "decade", "decades" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    private static bool IsYear(DateScan scan, int i) =>
        scan.Text(i).Length == 4 && int.TryParse(scan.Text(i), out var year) && year is >= DateMentionFinder.MinBareYear and <= DateMentionFinder.MaxBareYear;

    private static bool IsBreak(DateScan scan, int i) =>
        scan.Tokens[i].Kind == TokenKind.Symbol && scan.Body[scan.Tokens[i].Start] is ';' or ':' or '—' or '–' or '"' or '“' or '”';
}
