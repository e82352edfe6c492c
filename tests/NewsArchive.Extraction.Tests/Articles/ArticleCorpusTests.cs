using System.Text.RegularExpressions;
using NewsArchive.Evaluation;
using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Reading;
using Xunit.Abstractions;

namespace NewsArchive.Extraction.Tests.Articles;

/// <summary>
/// The hand-written corpus (Corpus/NAME.txt|md|html + NAME.gold.json) and the seed, each extracted and held
/// against its gold file. See Corpus/README.md for the conventions the gold files follow.
/// </summary>
public sealed class ArticleCorpusTests(ITestOutputHelper output)
{
    private static readonly Regex Tags = new("<[^>]*>", RegexOptions.NonBacktracking);

    public static TheoryData<string> Cases() => new(CorpusFiles.CaseNames());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extraction_matches_the_gold_file_of_each_article(string caseName)
    {
        var gold = GoldArticle.Load(CorpusFiles.GoldPath(caseName));
        var doc = ArticleReader.ReadFile(CorpusFiles.ArticlePath(caseName));

        var comparison = ArticleComparison.Compare(gold, new ArticleExtractor().Extract(doc));

        Assert.True(comparison.Problems.Count == 0,
            $"{caseName}: {comparison.Problems.Count} difference(s) from the gold file:\n  - " +
            string.Join("\n  - ", comparison.Problems));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Gold_file_quotes_anchors_speakers_and_dates_agree_with_its_article(string caseName)
    {
        var gold = GoldArticle.Load(CorpusFiles.GoldPath(caseName));
        var path = CorpusFiles.ArticlePath(caseName);
        var raw = File.ReadAllText(path);
        var text = GoldText.Quote(path.EndsWith(".html", StringComparison.Ordinal) ? Tags.Replace(raw, " ") : raw);
        var speakers = gold.Speakers.Select(s => s.Name).ToHashSet();
        var problems = new List<string>();

        problems.AddRange(gold.Quotes.Where(q => !text.Contains(GoldText.Quote(q.Text), StringComparison.Ordinal))
            .Select(q => $"quote not in the article: {q.Text}"));
        problems.AddRange(gold.Quotes.Where(q => q.Speaker is not null && !speakers.Contains(q.Speaker))
            .Select(q => $"speaker is not a gold person or organization name: {q.Speaker}"));
        problems.AddRange(gold.Events.Where(e => e.Anchor is null || !text.Contains(GoldText.Quote(e.Anchor), StringComparison.Ordinal))
            .Select(e => $"event anchor not in the article: {e.Anchor}"));
        problems.AddRange(gold.Events.Select(e => (e.Date, e.Precision)).Append((gold.Published?.Date ?? "", gold.Published?.Precision ?? ""))
            .Where(d => !PartialDate.TryParseIso(d.Item1, out var parsed) || parsed.Precision.ToString().ToLowerInvariant() != d.Item2)
            .Select(d => $"date and precision disagree or do not parse: {d.Item1} {d.Item2}"));
        if (gold.Published is { Inferred: true, Why: null }) problems.Add("an inferred publication date must say why");

        Assert.True(problems.Count == 0, $"{caseName}:\n  - " + string.Join("\n  - ", problems));
    }

    [Fact]
    public void Corpus_scores_are_computed_over_every_article_and_the_seed()
    {
        var names = CorpusFiles.CaseNames();
        var extractor = new ArticleExtractor();
        var score = new CorpusScore();
        foreach (var name in names)
        {
            var gold = GoldArticle.Load(CorpusFiles.GoldPath(name));
            try
            {
                var doc = ArticleReader.ReadFile(CorpusFiles.ArticlePath(name));
                score.Add(name, ArticleComparison.Compare(gold, extractor.Extract(doc)));
            }
            catch (Exception e) when (e is ArticleFormatException or NotImplementedException or InvalidOperationException)
            {
                score.AddFailure(name, gold, $"{e.GetType().Name}: {e.Message}");
            }
        }

        output.WriteLine(score.Report());

        var corpus = names.Where(n => !CorpusFiles.IsSeed(n)).ToList();
        Assert.True(corpus.Count >= 15, $"only {corpus.Count} corpus articles");
        Assert.Contains(names, CorpusFiles.IsSeed);
        Assert.Equal(
            [".html", ".md", ".txt"],
            corpus.Select(n => Path.GetExtension(CorpusFiles.ArticlePath(n))).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(names.Count, score.ArticleCount);
        Assert.All(new[] { score.Quotes, score.People, score.Organizations, score.Places, score.Events },
            t => Assert.InRange(CorpusScore.F1(t), 0.0, 1.0));
        Assert.True(score.Quotes.Expected > 0 && score.Events.Expected > 0 && score.People.Expected > 0, "the gold files expect nothing");
    }
}
