using System.Text;

namespace NewsArchive.EndToEnd.Tests.Hostile;

/// <summary>
/// Writes the hostile files that are too big to keep in the repository (20 MB, 200,000 words, 20,000-deep
/// HTML...). Deterministic: a fixed seed, so every run sees the same bytes.
/// </summary>
public static class HostileCorpusGenerator
{
    private static readonly string[] Words =
    [
        "council", "budget", "mayor", "vote", "city", "the", "a", "of", "and", "to", "in", "on", "said", "will",
        "Denver", "Ortiz", "Reyes", "Tuesday", "March", "2019", "report", "members", "plan", "tax", "school",
    ];

    public static IReadOnlyList<string> FileNames { get; } =
    [
        "huge-20mb.txt", "paragraph-200000-words.txt", "html-nested-20000-deep.html", "thousands-of-quotes.txt",
        "markdown-deep-nesting.md", "regex-bait.txt",
    ];

    public static void WriteAll(string directory)
    {
        Write(directory, "huge-20mb.txt", Huge(20 * 1024 * 1024));
        Write(directory, "paragraph-200000-words.txt", OneParagraph(200_000));
        Write(directory, "html-nested-20000-deep.html", DeepHtml(20_000));
        Write(directory, "thousands-of-quotes.txt", ThousandsOfQuotes(5_000));
        Write(directory, "markdown-deep-nesting.md", DeepMarkdown());
        Write(directory, "regex-bait.txt", RegexBait());
    }

    private static void Write(string directory, string name, string text) =>
        File.WriteAllText(Path.Combine(directory, name), text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    private static string Huge(int bytes)
    {
        var random = new Random(20);
        var text = new StringBuilder("Huge Article About The City Budget\n\n", bytes + 1024);
        var day = 0;
        while (text.Length < bytes)
        {
            day++;
            text.Append("On March ").Append(1 + day % 28).Append(", 2019, Mayor Lena Ortiz of Denver said \"")
                .Append(Sentence(random, 12)).Append(",\" and council member Dan Reyes replied that ")
                .Append(Sentence(random, 25)).Append(". ").Append(Sentence(random, 40)).Append(".\n\n");
        }
        return text.ToString();
    }

    private static string OneParagraph(int words)
    {
        var random = new Random(200);
        var text = new StringBuilder("One Very Long Paragraph\n\n", words * 8);
        for (var i = 0; i < words; i++)
        {
            text.Append(Words[random.Next(Words.Length)]);
            text.Append(i % 17 == 16 ? ". " : " ");
        }
        return text.Append('\n').ToString();
    }

    private static string DeepHtml(int depth)
    {
        var text = new StringBuilder("<!doctype html><html><head><title>Deeply Nested Article</title></head><body>", depth * 12);
        for (var i = 0; i < depth; i++) text.Append("<div>");
        text.Append("<p>Mayor Lena Ortiz said the vote would come on March 3, 2019.</p>");
        for (var i = 0; i < depth; i++) text.Append("</div>");
        return text.Append("</body></html>").ToString();
    }

    private static string ThousandsOfQuotes(int count)
    {
        var text = new StringBuilder("Thousands Of Quotes\n\n");
        for (var i = 0; i < count; i++)
        {
            text.Append((i % 4) switch
            {
                0 => $"\"Point number {i} stands,\" Mayor Lena Ortiz said.",
                1 => $"Council member Dan Reyes said: “Point number {i} does not.”",
                2 => $"“Point {i},” said Reyes, “is half of it.”",
                _ => $"'Point {i},' the clerk wrote.",
            });
            text.Append(i % 3 == 2 ? "\n\n" : " ");
        }
        return text.Append('\n').ToString();
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

    private static string Sentence(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));
}
