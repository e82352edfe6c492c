using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsArchive.Benchmarks.Corpus;
using NewsArchive.Extraction;
using NewsArchive.Extraction.Reading;

namespace NewsArchive.Benchmarks.Extraction;

/// <summary>
/// Writes the whole <see cref="ArticleExtraction"/> of every generated corpus article and of every article file under
/// the given folders as JSON, one file each, so that a speed change can be checked to leave the output identical
/// (`diff -r` two dumps). In process: thousands of articles in seconds, where the CLI starts a process per article.
/// </summary>
public static class ExtractionDump
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly string[] ArticleExtensions = [".txt", ".md", ".html", ".htm"];

    public static int Run(int count, IReadOnlyList<string> folders, string output)
    {
        Directory.CreateDirectory(output);
        var extractor = new ArticleExtractor();
        var written = 0;
        foreach (var article in new CorpusGenerator().Generate(count))
        {
            var document = ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(article.Content), writable: false), article.FileName);
            Write(output, $"corpus_{article.FileName}", extractor.Extract(document));
            written++;
        }
        foreach (var folder in folders)
        {
            var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => ArticleExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()) && !f.Contains(".gold.")
                            && !f.Contains("/bin/") && !f.Contains("/obj/"))
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                ArticleDocument document;
                try
                {
                    document = ArticleReader.ReadFile(file);
                }
                catch (ArticleFormatException)
                {
                    continue; // the hostile files the readers refuse: nothing to compare
                }
                var name = Path.GetRelativePath(folder, file).Replace('/', '_');
                Write(output, $"{Path.GetFileName(Path.TrimEndingDirectorySeparator(folder))}_{name}", extractor.Extract(document));
                written++;
            }
        }
        Console.WriteLine($"Wrote {written:N0} extractions to {output}");
        return written;
    }

    private static void Write(string output, string name, ArticleExtraction extraction) =>
        File.WriteAllText(Path.Combine(output, name + ".json"), ToJson(extraction));

    /// <summary>The whole extraction as the dump writes it: equal text, equal output.</summary>
    internal static string ToJson(ArticleExtraction extraction) => JsonSerializer.Serialize(extraction, Json);
}
