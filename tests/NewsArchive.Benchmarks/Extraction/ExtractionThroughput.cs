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

        // Warm-up, not timed: the first article loads the word lists and JIT-compiles every stage; a few hundred
        // more let tiered compilation settle on its optimized code. The timed passes are the steady state.
        var warmUp = Stopwatch.StartNew();
        ExtractOne(extractor, articles[0]);
        var first = warmUp.Elapsed;
        var warmUpCount = Math.Min(500, count);
        foreach (var article in articles.Take(warmUpCount)) ExtractOne(extractor, article);
        report.Line($"Warm-up (not in the figures below): the first article took {first.TotalMilliseconds:N0} ms (word lists, JIT), " +
                    $"then {warmUpCount:N0} more articles; the rows below are the steady state.");

        var single = Stopwatch.StartNew();
        foreach (var article in articles) ExtractOne(extractor, article);
        single.Stop();

        var all = Stopwatch.StartNew();
        Parallel.ForEach(articles, article => ExtractOne(extractor, article));
        all.Stop();

        report.Row("extraction, 1 core", $"{count / single.Elapsed.TotalSeconds:N0} articles/s",
            $"{totalBytes / single.Elapsed.TotalSeconds / 1024 / 1024:N1} MiB/s");
        report.Row($"extraction, all {Environment.ProcessorCount} cores", $"{count / all.Elapsed.TotalSeconds:N0} articles/s",
            $"{totalBytes / all.Elapsed.TotalSeconds / 1024 / 1024:N1} MiB/s");
    }

    private static void ExtractOne(ArticleExtractor extractor, (string FileName, byte[] Content, int Words) article)
    {
        using var stream = new MemoryStream(article.Content, writable: false);
        extractor.Extract(ArticleReader.Read(stream, article.FileName));
    }
}
