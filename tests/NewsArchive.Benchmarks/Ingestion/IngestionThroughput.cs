using System.Diagnostics;
using NewsArchive.Benchmarks.Corpus;
using NewsArchive.Benchmarks.Reporting;
using NewsArchive.Data.Ingestion;

namespace NewsArchive.Benchmarks.Ingestion;

/// <summary>
/// End-to-end ingestion of generated article files into a fresh SQLite archive through IngestionService
/// (read, extract on every core, resolve entities, write in batched transactions, FTS triggers).
/// </summary>
public static class IngestionThroughput
{
    public static async Task<string> RunAsync(int count, string workDirectory, Report report)
    {
        var corpus = Path.Combine(workDirectory, $"corpus-{count}");
        if (!Directory.Exists(corpus) || Directory.GetFiles(corpus).Length != count)
        {
            var written = new CorpusGenerator().WriteFiles(corpus, count);
            report.Line($"Wrote {count:N0} article files ({written / 1024.0 / 1024.0:N0} MiB) to {corpus}.");
        }
        var databasePath = Path.Combine(workDirectory, $"archive-{count}.db");
        foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" }) File.Delete(file);

        await using var host = await ArchiveHost.OpenAsync(databasePath);
        report.Line(CliRuntime.Describe());
        var runtime = new RuntimeCosts();
        var cpuBefore = ProcessCpuTime.Milliseconds();
        var watch = Stopwatch.StartNew();
        var slices = new SliceProgress(count);
        var results = await host.Get<IngestionService>().IngestFolderAsync(corpus, slices);
        watch.Stop();
        report.Line(slices.Summary());
        var cpu = ProcessCpuTime.Milliseconds() - cpuBefore;

        var archived = results.Count(r => r.Outcome == IngestionOutcome.Archived);
        var rejected = results.Where(r => r.Outcome == IngestionOutcome.Rejected).ToList();
        foreach (var line in runtime.Since(count)) report.Line(line);
        var size = await host.CheckpointedSizeAsync();
        report.Row($"ingestion, {count:N0} articles", $"{count / watch.Elapsed.TotalSeconds:N0} articles/s",
            $"{watch.Elapsed.TotalSeconds:N1} s; {archived:N0} archived, {rejected.Count:N0} rejected" +
            (rejected.Count > 0 ? $" (first: {rejected[0].Reason})" : "") +
            $"; process CPU {cpu / 1000:N1} s = {cpu / Math.Max(1, count):N2} ms per article (extraction on every core + the writer)");
        report.Row($"database size, {count:N0} articles", $"{size / (double)Math.Max(1, archived) / 1024:N1} KiB/article",
            $"{size / 1024.0 / 1024.0:N0} MiB in total");
        return databasePath;
    }
}
