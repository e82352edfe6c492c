using BenchmarkDotNet.Running;
using NewsArchive.Benchmarks.Corpus;
using NewsArchive.Benchmarks.Extraction;
using NewsArchive.Benchmarks.Ingestion;
using NewsArchive.Benchmarks.Queries;
using NewsArchive.Benchmarks.Reporting;
using NewsArchive.Benchmarks.Web;

// dotnet run -c Release --project tests/NewsArchive.Benchmarks -- <suite> [--articles N] [--db FILE] [--out DIR]
// Suites are listed in docs/benchmarks.md.
var suite = args.FirstOrDefault() ?? "help";
if (suite is "ingest" or "write" && CliRuntime.RunInChildUnlessConfigured(args) is { } childExit) return childExit;
var articles = Option("--articles", 10_000);
var report = new Report();

switch (suite)
{
    case "extract-bdn":
        BenchmarkRunner.Run<SingleArticleExtractionBenchmark>(args: args[1..]);
        break;
    case "extract":
        report.Header(suite, args);
        ExtractionThroughput.Run(Option("--articles", 5_000), report);
        break;
    case "extract-stages":
        report.Header(suite, args);
        if (args.Contains("--allocations")) AllocationsByType.Run(Option("--articles", 2_000), Option("--passes", 9), report);
        else if (args.Contains("--parts")) ExtractionStages.RunParts(Option("--articles", 2_000), Option("--passes", 9), report);
        else ExtractionStages.Run(Option("--articles", 2_000), Option("--passes", 9), report);
        break;
    case "extract-dump":
        // Every --from folder's articles and N generated ones, extracted and written as JSON (identity checks).
        var from = args.Select((a, i) => (a, i)).Where(x => x.a == "--from" && x.i + 1 < args.Length).Select(x => args[x.i + 1]).ToList();
        ExtractionDump.Run(Option("--articles", 2_000), from, OptionText("--out") ?? Path.Combine(Path.GetTempPath(), "newsarchive-extraction-dump"));
        break;
    case "extract-scaling":
        report.Header(suite, args);
        ExtractionScaling.Run(report);
        break;
    case "ingest":
        report.Header(suite, args);
        await IngestionThroughput.RunAsync(articles, WorkDirectory(), report);
        break;
    case "write":
        report.Header(suite, args);
        await WriterThroughput.RunAsync(Option("--articles", 3_000), WorkDirectory(), OptionText("--db"), report);
        break;
    case "query":
        report.Header(suite, args);
        var database = OptionText("--db") ?? await IngestionThroughput.RunAsync(articles, WorkDirectory(), report);
        await QueryLatency.RunAsync(database, report);
        break;
    case "all":
        report.Header(suite, args);
        ExtractionThroughput.Run(5_000, report);
        await QueryLatency.RunAsync(await IngestionThroughput.RunAsync(articles, WorkDirectory(), report), report);
        break;
    case "web":
        report.Header(suite, args);
        await WebLoad.RunAsync(await BenchmarkArchive.GetOrBuildAsync(OptionText("--db"), articles, WorkDirectory(), report),
            TimeSpan.FromSeconds(Option("--seconds", 20)), report);
        break;
    case "circuits":
        report.Header(suite, args);
        await CircuitMemory.RunAsync(await BenchmarkArchive.GetOrBuildAsync(OptionText("--db"), articles, WorkDirectory(), report),
            OptionText("--page") ?? "/", Option("--circuits", 1_000), report);
        break;
    case "replicate":
        report.Header(suite, args);
        var source = OptionText("--db") ?? await IngestionThroughput.RunAsync(articles, WorkDirectory(), report);
        var factor = Option("--factor", 10);
        ArchiveReplicator.Run(source, factor, OptionText("--target") ?? Path.Combine(WorkDirectory(), $"replicated-{factor}x-{Path.GetFileName(source)}"), report);
        break;
    case "corpus":
        var output = OptionText("--out") ?? Path.Combine(Path.GetTempPath(), "newsarchive-corpus");
        var bytes = new CorpusGenerator().WriteFiles(output, articles);
        Console.WriteLine($"Wrote {articles:N0} articles ({bytes / 1024 / 1024:N0} MiB) to {output}");
        break;
    default:
        Console.Error.WriteLine("Usage: dotnet run -c Release --project tests/NewsArchive.Benchmarks -- " +
                                "<extract-bdn | extract | extract-stages | extract-dump | extract-scaling | ingest | write | query | replicate | all | corpus | web | circuits> [--articles N] [--db FILE] [--out DIR]" +
                                " [--passes P] [--parts | --allocations] (extract-stages) [--from FOLDER ... (extract-dump)] [--factor F] [--target FILE] (replicate)" +
                                " [--seconds S (web)] [--page PATH] [--circuits N (circuits)]");
        return suite == "help" ? 0 : 2;
}
if (suite is "extract" or "extract-stages" or "extract-scaling" or "ingest" or "write" or "query" or "replicate" or "all" or "web" or "circuits") report.Footer();
return 0;

// Corpora and archives are kept between runs (generating 100,000 files takes a while); --out moves them.
string WorkDirectory() =>
    Directory.CreateDirectory(OptionText("--out") ?? Path.Combine(Path.GetTempPath(), "newsarchive-bench")).FullName;

int Option(string name, int fallback) =>
    OptionText(name) is { } text && int.TryParse(text, out var value) ? value : fallback;

string? OptionText(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}
