using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Benchmarks.Corpus;
using NewsArchive.Benchmarks.Reporting;
using NewsArchive.Data.Ingestion;
using NewsArchive.Extraction;
using NewsArchive.Extraction.Reading;

namespace NewsArchive.Benchmarks.Ingestion;

/// <summary>
/// The single writer alone: N generated articles are read and extracted up front (on every core), then
/// stored through one writer in batches of Archive:BatchSize, as IngestionService stores a folder. Separates the
/// writer's cost from extraction's, which the end-to-end figure mixes. With an existing archive (--db) the
/// articles are written into a copy of it, continuing the corpus where the archive ends, so the figure is the
/// writer's cost at that archive size rather than on an empty one; the CPU of every slice of 1,000 articles is
/// reported, which shows whether the cost per article grows as the archive does.
/// </summary>
public static class WriterThroughput
{
    private const int SliceSize = 1_000;

    public static async Task RunAsync(int count, string workDirectory, string? existingArchive, Report report)
    {
        var databasePath = Path.Combine(workDirectory, existingArchive is null ? $"writer-{count}.db" : $"writer-onto-{Path.GetFileName(existingArchive)}");
        foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" }) File.Delete(file);
        if (existingArchive is not null) File.Copy(existingArchive, databasePath);
        await using var host = await ArchiveHost.OpenAsync(databasePath);
        int first;
        await using (var db = await host.NewContextAsync())
            first = await db.Articles.CountAsync();

        var generator = new CorpusGenerator();
        var extractor = new ArticleExtractor();
        var prepared = Enumerable.Range(first, count).AsParallel().AsOrdered().Select(i =>
        {
            var article = generator.Article(i);
            var document = ArticleReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(article.Content)), article.FileName);
            return (Extraction: extractor.Extract(document), Source: article.FileName, SourcePath: (string?)Path.Combine(workDirectory, article.FileName));
        }).ToList();
        var ingestion = host.Get<IngestionService>();

        report.Line(CliRuntime.Describe());
        if (first > 0) report.Line($"Writing articles {first:N0}–{first + count - 1:N0} of the corpus into a copy of {existingArchive} ({first:N0} articles).");
        var runtime = new RuntimeCosts();
        var cpuBefore = ProcessCpuTime.Milliseconds();
        var watch = Stopwatch.StartNew();
        var archived = 0;
        var slices = new List<string>();
        foreach (var slice in prepared.Chunk(SliceSize))
        {
            var sliceCpu = ProcessCpuTime.Milliseconds();
            archived += (await ingestion.IngestExtractionsAsync(slice)).Count(r => r.Outcome == IngestionOutcome.Archived);
            slices.Add($"{(ProcessCpuTime.Milliseconds() - sliceCpu) / slice.Length:N2}");
        }
        watch.Stop();
        var cpu = ProcessCpuTime.Milliseconds() - cpuBefore;
        foreach (var line in runtime.Since(count)) report.Line(line);
        report.Line($"CPU per article, ms, by slice of {SliceSize:N0}: {string.Join(", ", slices)}");
        report.Row($"writer alone, {count:N0} extracted articles" + (first > 0 ? $" onto {first:N0}" : ""), $"{count / watch.Elapsed.TotalSeconds:N0} articles/s",
            $"{watch.Elapsed.TotalSeconds:N1} s; {archived:N0} archived; CPU {cpu / Math.Max(1, count):N2} ms per article");
    }
}
