namespace NewsArchive.Extraction.Reading;

/// <summary>Reads an article file of any supported format into an <see cref="ArticleDocument"/>.</summary>
public static class ArticleReader
{
    /// <summary>The file extensions NewsArchive reads.</summary>
    public static readonly IReadOnlyList<string> SupportedExtensions = [".txt", ".md", ".html"];

    /// <summary>The largest file accepted, in bytes. News articles are kilobytes; anything this big is not one.</summary>
    public const int MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>Reads a file from disk.</summary>
    /// <exception cref="ArticleFormatException">The file is not a readable article.</exception>
    public static ArticleDocument ReadFile(string path)
    {
        FileStream stream;
        try
        {
            // Unbuffered: the file is read whole into an array of its length, so a FileStream's own 4 KB buffer is
            // never used but would be allocated for the end-of-file check.
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ArticleFormatException($"'{Path.GetFileName(path)}' cannot be opened: {e.Message}");
        }
        using (stream) return Read(stream, Path.GetFileName(path));
    }

    /// <summary>Reads an article from a stream; <paramref name="fileName"/> picks the format by its extension.</summary>
    /// <exception cref="ArticleFormatException">The content is not a readable article.</exception>
    public static ArticleDocument Read(Stream content, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!SupportedExtensions.Contains(extension))
            throw new ArticleFormatException($"'{fileName}' is not a .txt, .md or .html file.");

        var bytes = ReadAtMost(content, MaxFileBytes, fileName);
        var text = TextDecoder.Decode(bytes, fileName);
        if (string.IsNullOrWhiteSpace(text))
            throw new ArticleFormatException($"'{fileName}' is empty.");

        return extension switch
        {
            ".txt" => PlainTextReader.Read(text, fileName),
            ".md" => LeadDateStamp.Take(MarkdownReader.Read(text, fileName)),
            _ => LeadDateStamp.Take(HtmlReader.Read(text, fileName)),
        };
    }

    private static byte[] ReadAtMost(Stream content, int limit, string fileName)
    {
        if (content.CanSeek && content.Length - content.Position > limit) throw TooLarge(fileName, limit);
        // A file or memory stream says its length: read it straight into an array of that size (an 80 KB chunk
        // and a growing copy cost more than the rest of reading a typical article).
        if (content.CanSeek && ReadKnownLength(content) is { } whole) return whole;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit) throw TooLarge(fileName, limit);
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    // Null when the stream ends early or runs on past its stated length (a file changing as it is read): the
    // chunked read below then decides.
    private static byte[]? ReadKnownLength(Stream content)
    {
        var start = content.Position;
        var bytes = new byte[content.Length - start];
        var filled = 0;
        int read;
        while (filled < bytes.Length && (read = content.Read(bytes, filled, bytes.Length - filled)) > 0) filled += read;
        if (filled == bytes.Length && content.ReadByte() < 0) return bytes;
        content.Position = start;
        return null;
    }

    private static ArticleFormatException TooLarge(string fileName, int limit) =>
        new($"'{fileName}' is larger than {limit / (1024 * 1024)} MB, too large to be a news article.");
}
