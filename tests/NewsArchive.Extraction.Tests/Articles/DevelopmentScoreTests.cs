using System.Text.Json;
using NewsArchive.Evaluation;
using NewsArchive.Extraction.Reading;
using Xunit.Abstractions;

namespace NewsArchive.Extraction.Tests.Articles;

/// <summary>
/// The development articles (tests/NewsArchive.Evaluation/Articles) scored as a whole: no stage may fall below
/// the floor recorded in floors.json, so a change that loses quality elsewhere than where it was aimed fails here.
/// </summary>
public sealed class DevelopmentScoreTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_stage_scores_at_least_its_recorded_floor_on_the_development_articles()
    {
        var folder = CorpusFiles.DevelopmentFolder;
        var golds = GoldFiles.Under([folder]);
        var floors = JsonSerializer.Deserialize<Dictionary<string, double>>(File.ReadAllText(Path.Combine(folder, "floors.json")))!;
        var extractor = new ArticleExtractor();
        var score = new CorpusScore();
        foreach (var goldPath in golds)
        {
            var article = ArticleReader.ReadFile(GoldFiles.ArticleBeside(goldPath));
            score.Add(Path.GetRelativePath(folder, GoldFiles.Stem(goldPath)), ArticleComparison.Compare(GoldArticle.Load(goldPath), extractor.Extract(article)));
        }
        output.WriteLine(score.Report(details: false));

        var actual = new Dictionary<string, double>
        {
            ["quotes"] = CorpusScore.F1(score.Quotes),
            ["speakers"] = score.SpeakerAccuracy,
            ["people"] = CorpusScore.F1(score.People),
            ["organizations"] = CorpusScore.F1(score.Organizations),
            ["places"] = CorpusScore.F1(score.Places),
            ["events"] = CorpusScore.F1(score.Events),
            ["published"] = (double)score.PublishedRight / score.PublishedExpected,
        };
        Assert.True(golds.Count >= 48, $"only {golds.Count} development articles");
        Assert.Equal(actual.Keys.Order(), floors.Keys.Order());
        var below = actual.Where(a => a.Value < floors[a.Key]).Select(a => $"{a.Key} {a.Value:0.000} < floor {floors[a.Key]:0.000}").ToList();
        Assert.True(below.Count == 0, "below the recorded floor: " + string.Join("; ", below));
    }
}
