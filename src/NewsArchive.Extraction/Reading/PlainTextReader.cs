namespace NewsArchive.Extraction.Reading;

/// <summary>Reads a plain-text article: first non-empty line is the title, then paragraphs.</summary>
internal static class PlainTextReader
{
    public static ArticleDocument Read(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').Select(l => l.Trim()).ToList();
        var nonEmpty = lines.Where(l => l.Length > 0).ToList();
        if (nonEmpty.Count == 0) throw new ArticleFormatException("The file is empty.");
        var title = nonEmpty[0];
        var builder = new BodyBuilder();
        foreach (var line in nonEmpty.Skip(1)) builder.AddParagraph(line);
        return new ArticleDocument(title, null, null, null, null, null, builder.Body, builder.Paragraphs);
    }
}
