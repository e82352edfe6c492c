using System.Diagnostics;
using NewsArchive.Benchmarks.Corpus;
using NewsArchive.Benchmarks.Reporting;
using NewsArchive.Data.Ingestion;
using NewsArchive.Extraction;
using NewsArchive.Extraction.Reading;

namespace NewsArchive.Benchmarks.Ingestion;

/// <summary>
/// The single writer alone: N generated articles are read and extracted up front (on every core), then
/// stored through one writer in batches of Archive:BatchSize, as IngestionService stores a folder. Separates the
/// writer's cost from extraction's, which the end-to-end figure mixes.
/// </summary>
public static class WriterThroughput
{
    public static async Task RunAsync(int count, string workDirectory, Report report)
    {
        var generator = new CorpusGenerator();
        var extractor = new ArticleExtractor();
        var prepared = Enumerable.Range(0, count).AsParallel().AsOrdered().Select(i =>
        {
            var article = generator.Article(i);
            var document = ArticleReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(article.Content)), article.FileName);
            return (Extraction: extractor.Extract(document), Source: article.FileName, SourcePath: (string?)Path.Combine(workDirectory, article.FileName));
        }).ToList();

        var databasePath = Path.Combine(workDirectory, $"writer-{count}.db");
        foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" }) File.Delete(file);
        await using var host = await ArchiveHost.OpenAsync(databasePath);
        var ingestion = host.Get<IngestionService>();

        report.Line(CliRuntime.Describe());
        var runtime = new RuntimeCosts();
        var cpuBefore = ProcessCpuTime.Milliseconds();
        var watch = Stopwatch.StartNew();
        var archived = (await ingestion.IngestExtractionsAsync(prepared)).Count(r => r.Outcome == IngestionOutcome.Archived);
        watch.Stop();
        var cpu = ProcessCpuTime.Milliseconds() - cpuBefore;
        foreach (var line in runtime.Since(count)) report.Line(line);
        report.Row($"writer alone, {count:N0} extracted articles", $"{count / watch.Elapsed.TotalSeconds:N0} articles/s",
            $"{watch.Elapsed.TotalSeconds:N1} s; {archived:N0} archived; CPU {cpu / Math.Max(1, count):N2} ms per article");
    }
}
