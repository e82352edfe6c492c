using System.CommandLine;
using NewsArchive.Evaluation;
using NewsArchive.Extraction;
using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Reading;

// dotnet run -c Release --project tests/NewsArchive.Evaluation -- FOLDER [FOLDER ...] [--oracle-published] [--details] [--problems] [--match TEXT]
// Every NAME.gold.json under the folders, with the article beside it, extracted and scored (micro-averaged).
var folders = new Argument<DirectoryInfo[]>("folders") { Description = "Folders searched for NAME.gold.json files, each beside its NAME.txt|md|html.", Arity = ArgumentArity.OneOrMore };
var oraclePublished = new Option<bool>("--oracle-published") { Description = "Give the extractor the gold publication date, as `extract --published` would." };
var details = new Option<bool>("--details") { Description = "Also print the problems by kind and a line per article." };
var problems = new Option<bool>("--problems") { Description = "Also print every article's differences from its gold." };
var match = new Option<string?>("--match") { Description = "Only articles whose path contains this text." };
var root = new RootCommand("Scores the extractor against gold articles.") { folders, oraclePublished, details, problems, match };
root.SetAction(parsed =>
{
    var filter = parsed.GetValue(match);
    var golds = GoldFiles.Under(parsed.GetRequiredValue(folders).Select(f => f.FullName))
        .Where(p => filter is null || p.Contains(filter, StringComparison.Ordinal)).ToList();
    if (golds.Count == 0)
    {
        Console.Error.WriteLine("No *.gold.json files in those folders.");
        return 2;
    }

    var extractor = new ArticleExtractor();
    var score = new CorpusScore();
    foreach (var goldPath in golds)
    {
        var name = GoldFiles.Stem(Path.GetRelativePath(Environment.CurrentDirectory, goldPath));
        var gold = GoldArticle.Load(goldPath);
        try
        {
            var article = GoldFiles.ArticleBeside(goldPath);
            PartialDate? published = parsed.GetValue(oraclePublished) && gold.Published is { } p && PartialDate.TryParseIso(p.Date, out var d) ? d : null;
            var comparison = ArticleComparison.Compare(gold, extractor.Extract(ArticleReader.ReadFile(article), published));
            score.Add(name, comparison);
            if (parsed.GetValue(problems) && comparison.Problems.Count > 0)
                Console.WriteLine($"{name}\n  - {string.Join("\n  - ", comparison.Problems)}");
        }
        catch (Exception e) when (e is ArticleFormatException or InvalidOperationException or IOException)
        {
            score.AddFailure(name, gold, $"{e.GetType().Name}: {e.Message}");
        }
    }
    Console.WriteLine(score.Report(parsed.GetValue(details)));
    return 0;
});
return root.Parse(args).Invoke();
