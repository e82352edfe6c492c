using System.Globalization;
using System.Text;
using NewsArchive.Extraction;

namespace NewsArchive.Evaluation;

/// <summary>Precision, recall and F1 per stage over many articles, from their <see cref="ArticleComparison"/>s.</summary>
public sealed class CorpusScore
{
    private readonly List<(string Name, ArticleComparison? Comparison, string? Error)> _articles = [];

    public Tally Quotes { get; } = new();
    public Tally People { get; } = new();
    public Tally Organizations { get; } = new();
    public Tally Places { get; } = new();
    public Tally Events { get; } = new();
    public int QuotesMatched { get; private set; }
    public int SpeakersRight { get; private set; }
    public int PublishedExpected { get; private set; }
    public int PublishedRight { get; private set; }

    public int ArticleCount => _articles.Count;

    /// <summary>Right speakers among the quotes that were found.</summary>
    public double SpeakerAccuracy => QuotesMatched == 0 ? 0 : (double)SpeakersRight / QuotesMatched;

    public void Add(string name, ArticleComparison comparison)
    {
        _articles.Add((name, comparison, null));
        Quotes.Add(comparison.Quotes);
        People.Add(comparison.People);
        Organizations.Add(comparison.Organizations);
        Places.Add(comparison.Places);
        Events.Add(comparison.Events);
        QuotesMatched += comparison.QuotesMatched;
        SpeakersRight += comparison.SpeakersRight;
        if (comparison.PublishedRight is not { } right) return;
        PublishedExpected++;
        if (right) PublishedRight++;
    }

    /// <summary>An article that could not be read or extracted scores zero: its gold items all count as missed.</summary>
    public void AddFailure(string name, GoldArticle gold, string error)
    {
        _articles.Add((name, null, error));
        Quotes.Expected += gold.Quotes.Count;
        People.Expected += gold.People.Count(p => p.Required);
        Organizations.Expected += gold.Organizations.Count(o => o.Required);
        Places.Expected += gold.Places.Count(p => p.Required);
        Events.Expected += gold.Events.Count;
        if (gold.Published is not null) PublishedExpected++;
    }

    public static double Precision(Tally t) => t.Found == 0 ? 0 : (double)t.FoundRight / t.Found;

    public static double Recall(Tally t) => t.Expected == 0 ? 0 : (double)t.Hit / t.Expected;

    public static double F1(Tally t)
    {
        var (p, r) = (Precision(t), Recall(t));
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /// <summary>The totals per stage; with <paramref name="details"/>, the problems by kind and a line per article too.</summary>
    public string Report(bool details = true)
    {
        var b = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        b.AppendLine(inv, $"Corpus score over {ArticleCount} articles");
        b.AppendLine("stage          precision  recall     F1   (right found / found, hit / expected)");
        foreach (var (name, t) in new[] { ("quotes", Quotes), ("people", People), ("organizations", Organizations), ("places", Places), ("event dates", Events) })
            b.AppendLine(inv, $"{name,-14} {Precision(t),9:0.000} {Recall(t),7:0.000} {F1(t),6:0.000}   ({t.FoundRight}/{t.Found}, {t.Hit}/{t.Expected})");
        b.AppendLine(inv, $"speakers       accuracy {SpeakerAccuracy:0.000} ({SpeakersRight}/{QuotesMatched} of the quotes found)");
        b.AppendLine(inv, $"published      {PublishedRight}/{PublishedExpected} right (day, precision and inferred flag)");
        if (!details) return b.ToString();
        b.AppendLine();
        b.AppendLine("problems by kind (over every article that could be read)");
        var kinds = _articles.Where(a => a.Comparison is not null).SelectMany(a => a.Comparison!.ProblemKinds)
            .GroupBy(k => k).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal);
        foreach (var kind in kinds) b.AppendLine(inv, $"{kind.Count(),5}  {kind.Key}");
        b.AppendLine();
        b.AppendLine("article                                        quotes  speakers  people  orgs  places  events  problems");
        foreach (var (name, c, error) in _articles)
        {
            if (c is null) { b.AppendLine(inv, $"{name,-46} FAILED: {error}"); continue; }
            b.AppendLine(inv, $"{name,-46} {c.Quotes.Hit,2}/{c.Quotes.Expected,-3} {c.SpeakersRight,4}/{c.QuotesMatched,-4} {c.People.Hit,3}/{c.People.Expected,-3} {c.Organizations.Hit,2}/{c.Organizations.Expected,-2} {c.Places.Hit,3}/{c.Places.Expected,-3} {c.Events.Hit,3}/{c.Events.Expected,-3} {c.Problems.Count,4}");
        }
        return b.ToString();
    }
}
