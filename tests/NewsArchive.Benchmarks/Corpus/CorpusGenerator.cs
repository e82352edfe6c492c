using System.Globalization;
using System.Net;
using System.Text;

namespace NewsArchive.Benchmarks.Corpus;

/// <summary>
/// Deterministic fictional news articles: 700 ± 300 words, 3–8 quotes in varied attribution shapes,
/// 5–15 people, organizations and places with aliases and roles, 3–10 dated events in varied date shapes,
/// as .txt, .md and .html in turn. Article i depends only on (seed, i), so any slice can be made in parallel.
/// </summary>
public sealed class CorpusGenerator(int seed = 20190412)
{
    /// <summary>In about 90 % of articles; "referendum" in about 3 %; "zeppelin" in one of every 10,007.</summary>
    public const string CommonWord = "city", FewPercentWord = "referendum", RareWord = "zeppelin";

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly DateOnly FirstDay = new(2012, 1, 1);
    private readonly CorpusPool _pool = new();

    public IReadOnlyList<GeneratedArticle> Generate(int count) =>
        Enumerable.Range(0, count).AsParallel().AsOrdered().Select(Article).ToList();

    /// <summary>Writes articles [0, count) into <paramref name="directory"/>; returns total bytes written.</summary>
    public long WriteFiles(string directory, int count)
    {
        Directory.CreateDirectory(directory);
        long bytes = 0;
        Parallel.For(0, count, i =>
        {
            var article = Article(i);
            var path = Path.Combine(directory, article.FileName);
            File.WriteAllText(path, article.Content);
            Interlocked.Add(ref bytes, new FileInfo(path).Length);
        });
        return bytes;
    }

    public GeneratedArticle Article(int index)
    {
        // Not HashCode.Combine: it is randomised per process, and the corpus must be the same on every run.
        var random = new Random(unchecked(seed * 1_000_003 + index));
        var topic = Pick(random, _pool.Topics);
        var people = Sample(random, _pool.People, random.Next(2, 7));
        var organizations = Sample(random, _pool.Organizations, random.Next(2, 6));
        var places = Sample(random, _pool.Places, random.Next(1, 5));
        var published = FirstDay.AddDays(random.Next(0, 365 * 12));
        var writer = new ArticleWriter(random, topic, people, organizations, places, published);

        var targetWords = random.Next(400, 1001);
        var quotes = random.Next(3, 9);
        var events = random.Next(3, 11);
        writer.Lead(index);
        var quoteShapes = Enumerable.Range(0, quotes).Select(_ => random.Next(8)).ToList();
        var eventShapes = Enumerable.Range(0, events).Select(_ => random.Next(9)).ToList();
        while (quoteShapes.Count + eventShapes.Count > 0 || writer.Words < targetWords)
        {
            var roll = random.Next(4);
            if (roll == 0 && quoteShapes.Count > 0) { writer.Quote(quoteShapes[^1]); quoteShapes.RemoveAt(quoteShapes.Count - 1); }
            else if (roll == 1 && eventShapes.Count > 0) { writer.Event(eventShapes[^1]); eventShapes.RemoveAt(eventShapes.Count - 1); }
            else if (writer.Words < targetWords || roll >= 2) writer.Filler();
            if (writer.Words > targetWords + 300) break; // keep within 700 ± 300 even with many quotes
        }
        if (random.NextDouble() < 0.03) writer.Sentence($"Opponents want the question put to a {FewPercentWord} next year.");
        if (index % 10_007 == 0) writer.Sentence($"A vintage {RareWord} flew over the crowd during the announcement.");

        var title = writer.Title();
        var credit = $"{Pick(random, _pool.People).Name} for the Riverton Ledger";
        var slug = $"{index:D7}-{topic.Name}";
        return (index % 3) switch
        {
            0 => new GeneratedArticle(slug + ".txt", Txt(title, credit, writer.Paragraphs), writer.Words),
            1 => new GeneratedArticle(slug + ".md", Markdown(title, credit, published, writer.Paragraphs), writer.Words),
            _ => new GeneratedArticle(slug + ".html", Html(title, credit, published, writer.Paragraphs), writer.Words),
        };
    }

    private static string Txt(string title, string credit, IEnumerable<string> paragraphs) =>
        $"{title}\n\n{credit}\n{string.Join("\n\n", paragraphs)}\n";

    private static string Markdown(string title, string credit, DateOnly published, IEnumerable<string> paragraphs) =>
        $"---\ntitle: \"{title}\"\ndate: {published:yyyy-MM-dd}\nauthor: \"{credit}\"\n---\n\n{string.Join("\n\n", paragraphs)}\n";

    private static string Html(string title, string credit, DateOnly published, IEnumerable<string> paragraphs)
    {
        var html = new StringBuilder("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>");
        html.Append("<meta property=\"article:published_time\" content=\"").Append(published.ToString("yyyy-MM-dd", English)).Append("\">");
        html.Append("</head>\n<body><article><h1>").Append(WebUtility.HtmlEncode(title)).Append("</h1>\n");
        html.Append("<p class=\"byline\">").Append(WebUtility.HtmlEncode(credit)).Append("</p>\n");
        foreach (var p in paragraphs) html.Append("<p>").Append(WebUtility.HtmlEncode(p)).Append("</p>\n");
        return html.Append("</article></body></html>\n").ToString();
    }

    internal static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static List<T> Sample<T>(Random random, IReadOnlyList<T> items, int count) =>
        items.OrderBy(_ => random.Next()).Take(count).ToList();
}
