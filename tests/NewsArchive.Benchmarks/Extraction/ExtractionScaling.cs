using System.Diagnostics;
using System.Text;
using NewsArchive.Benchmarks.Reporting;
using NewsArchive.Extraction;
using NewsArchive.Extraction.Reading;

namespace NewsArchive.Benchmarks.Extraction;

/// <summary>
/// Extraction time of the hostile shapes at doubling sizes: linear time shows as a flat time per unit. Each size is
/// read and extracted after a warm-up, and the best of three runs counts (the others are noise from the machine).
/// </summary>
public static class ExtractionScaling
{
    public static void Run(Report report)
    {
        var extractor = new ArticleExtractor();
        Extract(extractor, HostileShapes.Quotes(200)); // warm-up: JIT, word lists
        Series(report, extractor, "quotes", [2_500, 5_000, 10_000, 20_000], HostileShapes.Quotes);
        Series(report, extractor, "words in one paragraph", [25_000, 50_000, 100_000, 200_000], HostileShapes.Paragraph);
        Series(report, extractor, "words in one run-on sentence", [25_000, 50_000, 100_000, 200_000], HostileShapes.RunOn);
        Series(report, extractor, "different people", [1_000, 2_000, 4_000, 8_000], HostileShapes.People);
        Series(report, extractor, "MB of dated paragraphs", [1, 2, 4, 8], mb => HostileShapes.Huge(mb * 1024 * 1024));
    }

    private static void Series(Report report, ArticleExtractor extractor, string unit, int[] sizes, Func<int, string> make)
    {
        double? firstPerUnit = null;
        foreach (var size in sizes)
        {
            var content = Encoding.UTF8.GetBytes(make(size));
            var best = TimeSpan.MaxValue;
            for (var run = 0; run < 3; run++)
            {
                var watch = Stopwatch.StartNew();
                Extract(extractor, content);
                if (watch.Elapsed < best) best = watch.Elapsed;
            }
            var perUnit = best.TotalMilliseconds / size;
            firstPerUnit ??= perUnit;
            report.Row($"{size:N0} {unit} ({content.Length / 1024.0 / 1024:N1} MiB)", $"{best.TotalMilliseconds:N0} ms",
                $"{perUnit:G3} ms per unit, {perUnit / firstPerUnit:N2}× the smallest size's");
        }
    }

    private static void Extract(ArticleExtractor extractor, string text) => Extract(extractor, Encoding.UTF8.GetBytes(text));

    private static void Extract(ArticleExtractor extractor, byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        extractor.Extract(ArticleReader.Read(stream, "scaling.txt"));
    }
}
