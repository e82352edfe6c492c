using NewsArchive.Extraction.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// Settles the publication date: the override, else the file's metadata, else inferred from the text.
/// Inference takes the day and month from "today, April 12" (or a dateline such as "LONDON, April 12 —");
/// the year is the earliest that puts every dated past-tense happening in the article before publication
/// ("In 2018, ICE sent …" is over, so 2019 or later). Without a day and month, only that year is inferred.
/// </summary>
public sealed class PublicationDateResolver
{
    private readonly DateMentionFinder _finder = new();

    /// <summary>Returns the publication date, or null when nothing tells it.</summary>
    public PublicationDate? Resolve(ArticleDocument document, IReadOnlyList<Sentence> sentences, PartialDate? published)
    {
        var known = published ?? document.Published;
        if (known is { } d) return new PublicationDate(d, Inferred: false);
        var inferred = Infer(_finder.Find(document.Body, sentences));
        return inferred is { } date ? new PublicationDate(date, Inferred: true) : null;
    }

    private static PartialDate? Infer(DateScan scan)
    {
        var anchor = FindAnchor(scan);
        if (anchor is { Year: > 0 } full) return PartialDate.OfDay(new DateOnly(full.Year, full.Month, full.Day));

        var earliest = EarliestPossible(scan);
        if (earliest is not { } bound) return null;
        if (anchor is not { } a) return PartialDate.OfYear(bound.Year);
        for (var year = bound.Year; year <= bound.Year + 8; year++)
        {
            if (!DateMentionFinder.IsValid(year, a.Month, a.Day)) continue;
            var day = new DateOnly(year, a.Month, a.Day);
            if (day >= bound) return PartialDate.OfDay(day);
        }
        return null;
    }

    private static DateExpression? FindAnchor(DateScan scan)
    {
        var mentions = scan.Mentions;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Expression is { Form: DateForm.Calendar, Month: > 0, Day: > 0 } && DateContext.IsDateline(scan, m)) return m.Expression;
            if (!m.Expression.IsToday) continue;
            if (i > 0 && DateContext.IsTodaySpelledOut(scan, m, mentions[i - 1])) return mentions[i - 1].Expression;
            if (i + 1 < mentions.Count && DateContext.IsTodaySpelledOut(scan, m, mentions[i + 1])) return mentions[i + 1].Expression;
        }
        return null;
    }

    // The first day on which every past happening with a stated year is over (or, for "has …" clauses, begun).
    private static DateOnly? EarliestPossible(DateScan scan)
    {
        DateOnly? bound = null;
        foreach (var m in scan.Mentions)
        {
            if (!m.Expression.HasYear) continue;
            var reading = ClauseTense.Of(scan, m);
            if (reading.Tense != Tense.Past || !reading.HasVerb) continue;
            if (DateResolver.Resolve(m.Expression, default, Tense.Past) is not { } date) continue;
            var after = reading.Perfect ? date.Start : date.End.AddDays(1);
            if (bound is null || after > bound) bound = after;
        }
        return bound;
    }
}
