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

        ExtractOne(extractor, articles[0]); // warm-up: JIT, word lists
        foreach (var article in articles.Take(Math.Min(500, count))) ExtractOne(extractor, article);

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
