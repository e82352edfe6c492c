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
        (DateOnly Date, int Sentence)? lastReport = null;
        var dates = new List<(PartialDate Date, bool YearStated)>(4);
        ActorIndex? actors = null;

        var mentions = scan.Mentions;
        var m = 0;
        while (m < mentions.Count)
        {
            var sentence = mentions[m].Sentence;
            var endOfSentence = m;
            while (endOfSentence < mentions.Count && mentions[endOfSentence].Sentence == sentence) endOfSentence++;

            var quoteReference = lastReport is { } r && sentence - r.Sentence <= ReportReach ? QuotedReportEnd(scan, sentence) : -1;
            var (contextYear, yearEnds, yearEndToken) = SingleStatedYear(mentions, m, endOfSentence);
            var breakAfterYear = contextYear > 0 ? DateContext.FirstClauseBreakAfter(scan, yearEndToken, mentions[endOfSentence - 1].FirstToken) : int.MaxValue;
            dates.Clear();
            for (var k = m; k < endOfSentence; k++)
            {
                var mention = mentions[k];
                if (DateContext.IsDateline(scan, mention) || DateContext.IsStamp(scan, mention)) continue;
                if (DateContext.IsSpanOrPeriodEnd(scan, mention)) continue;
                var quoted = DateContext.IsInsideQuotation(scan, mention);
                var reading = ClauseTense.Of(scan, mention, quoted);
                if (DateContext.IsBarePeriod(scan, mention, reading)) continue;
                // "has changed completely since …" inside a quotation: an ongoing state, not a dated happening.
                if (quoted && reading.Perfect) continue;
                var namesReport = DateContext.DatesAReport(scan, mention);
                if (!reading.HasVerb && !namesReport && !DateContext.DatesAnEvent(scan, mention)) continue;
                if (DateContext.IsPossessiveWeekday(scan, mention)) continue;

                var expression = mention.Expression;
                var yearStated = expression.HasYear;
                if (expression is { Form: DateForm.Calendar, Year: 0, Month: > 0, YearRelative: false } && contextYear > 0 && mention.Span.Start >= yearEnds
                    && breakAfterYear >= mention.FirstToken)
                {
                    expression = expression with { Year = contextYear, Shift = DateShift.None };
                    yearStated = true;
                }
                var against = quoteReference >= 0 && mention.Span.End <= quoteReference ? lastReport!.Value.Date : reference;
                PartialDate? date = expression.HasYear
                    ? DateResolver.Resolve(expression, default, reading.Tense)
                    : against is { } day ? DateResolver.Resolve(expression, day, reading.Tense) : null;
                if (date is not { } resolved) continue;

                if (namesReport && resolved.Precision == DatePrecision.Day) lastReport = (resolved.Start, sentence);
                dates.Add((resolved, yearStated));
            }

            foreach (var date in Distinct(dates))
                events.Add(MakeEvent(document.Body, sentences[sentence], date, actors ??= new ActorIndex(entities)));
            m = endOfSentence;
        }
        return events;
    }

    // Within one sentence: one event per date, and a stated year adds nothing to a finer date written within it
    // ("In 2015, the council met in March"). A finer date that only fell in that year by resolution keeps both.
    private static IEnumerable<PartialDate> Distinct(List<(PartialDate Date, bool YearStated)> dates)
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
                else if (dates[j].YearStated && other.Precision > date.Precision && other.Start >= date.Start && other.End <= date.End)
                    redundant = true;
            }
            if (!redundant) yield return date;
        }
    }

    // "In 2015, the council met in March": a year stated once in the sentence applies to the bare months and
    // days that follow it. Returns the year and where its mention ends.
    private static (int Year, int End, int EndToken) SingleStatedYear(List<DateMention> mentions, int from, int to)
    {
        var year = 0;
        var end = int.MaxValue;
        var endToken = int.MaxValue;
        for (var k = from; k < to; k++)
        {
            var y = mentions[k].Expression.HasYear ? mentions[k].Expression.Year : 0;
            if (y == 0) continue;
            if (year != 0 && year != y) return (0, int.MaxValue, int.MaxValue);
            if (year == 0)
            {
                end = mentions[k].Span.End;
                endToken = mentions[k].LastToken;
            }
            year = y;
        }
        return (year, end, endToken);
    }

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

    private static bool IsQuoteMark(DateScan scan, int i) =>
        scan.Tokens[i].Kind == TokenKind.Symbol && scan.Body[scan.Tokens[i].Start] is '"' or '“' or '”';

    private static ExtractedEvent MakeEvent(string body, Sentence sentence, PartialDate date, ActorIndex actors)
    {
        var span = sentence.Span;
        return new ExtractedEvent(date, body[span.Start..span.End], actors.NamesIn(span), span);
    }
}
