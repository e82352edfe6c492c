using System.Diagnostics;
using System.Text;
using NewsArchive.Benchmarks.Corpus;
using NewsArchive.Benchmarks.Reporting;
using NewsArchive.Extraction;
using NewsArchive.Extraction.Reading;

namespace NewsArchive.Benchmarks.Extraction;

/// <summary>Articles per second through reading and extraction, on one core and on every core.</summary>
public static class ExtractionThroughput
{
    public static void Run(int count, Report report)
    {
        var articles = new CorpusGenerator().Generate(count)
            .Select(a => (a.FileName, Content: Encoding.UTF8.GetBytes(a.Content), a.Words))
            .ToList();
        var extractor = new ArticleExtractor();
        var totalWords = articles.Sum(a => (long)a.Words);
        var totalBytes = articles.Sum(a => (long)a.Content.Length);
        report.Line($"Corpus: {count:N0} articles, {totalWords / count:N0} words and {totalBytes / count / 1024.0:N1} KiB on average.");

        // Warm-up, not timed: the first article loads the word lists and JIT-compiles every stage, and tiered
        // compilation keeps recompiling hot methods for the next few thousand articles (the first pass over 2,000
        // articles costs about four times a later one). Whole passes over the corpus until one is no more than 5 %
        // faster than the one before (at most five) leave the timed passes in the steady state.
        var warmUp = Stopwatch.StartNew();
        ExtractOne(extractor, articles[0]);
        var first = warmUp.Elapsed;
        var passes = new List<double>();
        while (passes.Count < 5)
        {
            var pass = Stopwatch.StartNew();
            foreach (var article in articles) ExtractOne(extractor, article);
            passes.Add(pass.Elapsed.TotalMilliseconds * 1000 / count);
            if (passes.Count >= 2 && passes[^1] > passes[^2] * 0.95) break;
        }
        report.Line($"Warm-up (not in the figures below): the first article took {first.TotalMilliseconds:N0} ms (word lists, JIT); " +
                    $"untimed passes over the corpus took {string.Join(" / ", passes.Select(p => $"{p:N0}"))} µs per article.");

        var process = Process.GetCurrentProcess();
        var singleCpu = process.TotalProcessorTime;
        var single = Stopwatch.StartNew();
        foreach (var article in articles) ExtractOne(extractor, article);
        single.Stop();
        process.Refresh();
        singleCpu = process.TotalProcessorTime - singleCpu;

        var allCpu = process.TotalProcessorTime;
        var all = Stopwatch.StartNew();
        Parallel.ForEach(articles, article => ExtractOne(extractor, article));
        all.Stop();
        process.Refresh();
        allCpu = process.TotalProcessorTime - allCpu;

        // CPU time says what an article costs even when other work shares the cores (the wall clock then runs slow).
        report.Row("extraction, 1 core", $"{count / single.Elapsed.TotalSeconds:N0} articles/s",
            $"{totalBytes / single.Elapsed.TotalSeconds / 1024 / 1024:N1} MiB/s; {PerArticle(singleCpu, count)} of CPU per article");
        report.Row($"extraction, all {Environment.ProcessorCount} cores", $"{count / all.Elapsed.TotalSeconds:N0} articles/s",
            $"{totalBytes / all.Elapsed.TotalSeconds / 1024 / 1024:N1} MiB/s; {PerArticle(allCpu, count)} of CPU per article");
    }

    private static string PerArticle(TimeSpan cpu, int count) => $"{cpu.TotalMilliseconds * 1000 / count:N0} µs";

    private static void ExtractOne(ArticleExtractor extractor, (string FileName, byte[] Content, int Words) article)
    {
        using var stream = new MemoryStream(article.Content, writable: false);
        extractor.Extract(ArticleReader.Read(stream, article.FileName));
    }
}
