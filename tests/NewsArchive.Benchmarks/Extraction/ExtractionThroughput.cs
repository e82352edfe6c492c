using System.Diagnostics;
using System.Runtime;
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
        // compilation keeps recompiling methods for many passes: a rule that fires in one article of a hundred reaches
        // its call count late, and the optimizing JIT takes up to ~10 ms over a large rule method. Whole passes over the
        // corpus until one is no more than 5 % faster than the one before AND spends under 1 % of its time in the JIT
        // (at most twelve) leave the timed passes in the steady state; passes timed by the wall clock alone stopped
        // while the JIT was still compiling on the other core, and its CPU was counted against the articles.
        var warmUp = Stopwatch.StartNew();
        ExtractOne(extractor, articles[0]);
        var first = warmUp.Elapsed;
        var passes = new List<(double Micros, double JitMs)>();
        while (passes.Count < 12)
        {
            var jitBefore = JitInfo.GetCompilationTime();
            var pass = Stopwatch.StartNew();
            foreach (var article in articles) ExtractOne(extractor, article);
            pass.Stop();
            var jit = (JitInfo.GetCompilationTime() - jitBefore).TotalMilliseconds;
            passes.Add((pass.Elapsed.TotalMilliseconds * 1000 / count, jit));
            var settled = passes.Count >= 2 && passes[^1].Micros > passes[^2].Micros * 0.95;
            if (settled && jit < pass.Elapsed.TotalMilliseconds / 100) break;
        }
        report.Line($"Warm-up (not in the figures below): the first article took {first.TotalMilliseconds:N0} ms (word lists, JIT); " +
                    $"untimed passes over the corpus took {string.Join(" / ", passes.Select(p => $"{p.Micros:N0}"))} µs per article, " +
                    $"the JIT compiling {string.Join(" / ", passes.Select(p => $"{p.JitMs:N0}"))} ms in each.");

        var process = Process.GetCurrentProcess();
        var timedJit = JitInfo.GetCompilationTime();
        var singleCpu = process.TotalProcessorTime;
        var singleThread = ThreadCpuTime.Microseconds();
        var single = Stopwatch.StartNew();
        foreach (var article in articles) ExtractOne(extractor, article);
        single.Stop();
        singleThread = ThreadCpuTime.Microseconds() - singleThread;
        process.Refresh();
        singleCpu = process.TotalProcessorTime - singleCpu;
        timedJit = JitInfo.GetCompilationTime() - timedJit;

        // The same pass with every file read up front: what the extraction stages cost apart from the readers
        // (Markdig and AngleSharp parse .md and .html; the issue's 2,000/s is a figure for extraction).
        var documents = articles.Select(Read).ToList();
        var stagesCpu = process.TotalProcessorTime;
        var stagesThread = ThreadCpuTime.Microseconds();
        var stages = Stopwatch.StartNew();
        foreach (var document in documents) extractor.Extract(document);
        stages.Stop();
        stagesThread = ThreadCpuTime.Microseconds() - stagesThread;
        process.Refresh();
        stagesCpu = process.TotalProcessorTime - stagesCpu;

        var allCpu = process.TotalProcessorTime;
        var all = Stopwatch.StartNew();
        Parallel.ForEach(articles, article => ExtractOne(extractor, article));
        all.Stop();
        process.Refresh();
        allCpu = process.TotalProcessorTime - allCpu;

        // CPU time says what an article costs even when other work shares the cores (the wall clock then runs slow).
        report.Row("extraction, 1 core", $"{count / single.Elapsed.TotalSeconds:N0} articles/s",
            $"{totalBytes / single.Elapsed.TotalSeconds / 1024 / 1024:N1} MiB/s; {PerArticle(singleCpu, count)} of CPU per article{ThreadPart(singleThread, count)}");
        report.Row("extraction stages alone (files read up front), 1 core", $"{count / stages.Elapsed.TotalSeconds:N0} articles/s",
            $"{PerArticle(stagesCpu, count)} of CPU per article{ThreadPart(stagesThread, count)}; reading the file is the rest of the line above");
        report.Row($"extraction, all {Environment.ProcessorCount} cores", $"{count / all.Elapsed.TotalSeconds:N0} articles/s",
            $"{totalBytes / all.Elapsed.TotalSeconds / 1024 / 1024:N1} MiB/s; {PerArticle(allCpu, count)} of CPU per article");
        report.Line($"JIT during the one-core pass: {timedJit.TotalMilliseconds:N0} ms ({timedJit.TotalMilliseconds * 1000 / count:N1} µs per article).");
    }

    private static string PerArticle(TimeSpan cpu, int count) => $"{cpu.TotalMilliseconds * 1000 / count:N0} µs";

    // The process figure counts the JIT compiling on another thread; the extracting thread's own time does not.
    private static string ThreadPart(double threadMicros, int count) =>
        ThreadCpuTime.IsAvailable ? $" ({threadMicros / count:N0} µs on the extracting thread)" : "";

    private static void ExtractOne(ArticleExtractor extractor, (string FileName, byte[] Content, int Words) article) =>
        extractor.Extract(Read(article));

    private static ArticleDocument Read((string FileName, byte[] Content, int Words) article)
    {
        using var stream = new MemoryStream(article.Content, writable: false);
        return ArticleReader.Read(stream, article.FileName);
    }
}
