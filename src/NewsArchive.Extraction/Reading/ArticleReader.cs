namespace NewsArchive.Extraction.Reading;

/// <summary>Reads an article file of any supported format into an <see cref="ArticleDocument"/>.</summary>
public static class ArticleReader
{
    /// <summary>The file extensions NewsArchive reads.</summary>
    public static readonly IReadOnlyList<string> SupportedExtensions = [".txt", ".md", ".html"];

    /// <summary>Reads a file from disk.</summary>
    /// <exception cref="ArticleFormatException">The file is not a readable article.</exception>
    public static ArticleDocument ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, Path.GetFileName(path));
    }

    /// <summary>Reads an article from a stream; <paramref name="fileName"/> picks the format by its extension.</summary>
    /// <exception cref="ArticleFormatException">The content is not a readable article.</exception>
    public static ArticleDocument Read(Stream content, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        using var reader = new StreamReader(content, detectEncodingFromByteOrderMarks: true);
        var text = reader.ReadToEnd();
        return extension switch
        {
            ".txt" => PlainTextReader.Read(text),
            _ => throw new ArticleFormatException($"'{fileName}' is not a .txt, .md or .html file."),
        };
    }
}
