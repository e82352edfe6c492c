using System.Text;
using NewsArchive.Benchmarks.Extraction;

namespace NewsArchive.EndToEnd.Tests.Hostile;

/// <summary>
/// Writes the hostile files that are too big to keep in the repository (20 MB, 200,000 words, 20,000-deep
/// HTML...). Deterministic: a fixed seed, so every run sees the same bytes. The shapes that the benchmarks'
/// scaling suite also times come from its HostileShapes (linked into this project), so both see the same input.
/// </summary>
public static class HostileCorpusGenerator
{
    public static IReadOnlyList<string> FileNames { get; } =
    [
        "huge-20mb.txt", "paragraph-200000-words.txt", "html-nested-20000-deep.html", "thousands-of-quotes.txt",
        "markdown-deep-nesting.md", "regex-bait.txt",
    ];

    public static void WriteAll(string directory)
    {
        Write(directory, "huge-20mb.txt", HostileShapes.Huge(20 * 1024 * 1024));
        Write(directory, "paragraph-200000-words.txt", HostileShapes.Paragraph(200_000));
        Write(directory, "html-nested-20000-deep.html", DeepHtml(20_000));
        Write(directory, "thousands-of-quotes.txt", HostileShapes.Quotes(5_000));
        Write(directory, "markdown-deep-nesting.md", DeepMarkdown());
        Write(directory, "regex-bait.txt", RegexBait());
    }

    private static void Write(string directory, string name, string text) =>
        File.WriteAllText(Path.Combine(directory, name), text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    private static string DeepHtml(int depth)
    {
        var text = new StringBuilder("<!doctype html><html><head><title>Deeply Nested Article</title></head><body>", depth * 12);
        for (var i = 0; i < depth; i++) text.Append("<div>");
        text.Append("<p>Mayor Lena Ortiz said the vote would come on March 3, 2019.</p>");
        for (var i = 0; i < depth; i++) text.Append("</div>");
        return text.Append("</body></html>").ToString();
    }

    private static string DeepMarkdown()
    {
        var text = new StringBuilder("# Deeply Nested Markdown\n\n");
        text.Append('>', 5_000).Append(" deep quote\n\n");
        for (var i = 0; i < 300; i++) text.Append(' ', i * 2).Append("- item\n");
        text.Append('\n').Append('[', 3_000).Append('x').Append(']', 3_000).Append("\n\n");
        text.Append('*', 5_000).Append("emphasis").Append('*', 5_000).Append("\n\n");
        return text.Append("Mayor Lena Ortiz said the vote would come on March 3, 2019.\n").ToString();
    }

    private static string RegexBait()
    {
        var text = new StringBuilder("Regex Bait\n\n");
        text.Insert(text.Length, "Mr. ", 3_000).Append("\n\n");
        text.Insert(text.Length, "A. ", 3_000).Append("said\n\n");
        text.Insert(text.Length, "Dr. J. R. R. ", 800).Append("\n\n");
        text.Append('"').Append('a', 30_000).Append("\n\n");
        text.Append(string.Join(' ', Enumerable.Repeat("Council", 5_000))).Append(" said.\n\n");
        text.Append('1', 20_000).Append('/').Append('2', 20_000).Append('\n');
        return text.ToString();
    }
}
