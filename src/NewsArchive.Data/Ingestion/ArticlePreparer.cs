using NewsArchive.Extraction;
using NewsArchive.Extraction.Reading;

namespace NewsArchive.Data.Ingestion;

/// <summary>Reads and extracts one file or stream, turning every failure into a reason. Thread-safe.</summary>
internal sealed class ArticlePreparer(ArticleExtractor extractor, ArchiveOptions options)
{
    public Preparation PrepareFile(string path)
    {
        try
        {
            var file = new FileInfo(path);
            if (!file.Exists) return Preparation.Reject(path, $"'{path}' does not exist.");
            if (file.Length > options.MaxFileBytes) return TooLargePreparation(path, file.Length);
            using var stream = file.OpenRead();
            return Prepare(stream, file.Name, file.FullName, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Preparation.Reject(path, $"'{path}' could not be read: {e.Message}");
        }
    }

    public Preparation Prepare(Stream content, string fileName, string? sourcePath, string source)
    {
        if (content.CanSeek && content.Length - content.Position > options.MaxFileBytes) return TooLargePreparation(source, content.Length);
        var buffered = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffered.Write(chunk, 0, read);
            if (buffered.Length > options.MaxFileBytes) return TooLargePreparation(source, buffered.Length);
        }
        buffered.Position = 0;

        ArticleDocument document;
        try
        {
            document = ArticleReader.Read(buffered, fileName);
        }
        catch (ArticleFormatException e)
        {
            return Preparation.Reject(source, e.Message);
        }

        ArticleExtraction extraction;
        try
        {
            extraction = extractor.Extract(document);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // One article the extractor trips on must not stop a bulk ingest; the reason names the failure.
            return Preparation.Reject(source, $"'{fileName}' could not be analysed: {e.Message}");
        }
        return Preparation.Of(new PreparedArticle(source, sourcePath, extraction, ContentHash.Of(document)));
    }

    public IngestionResult TooLarge(string source, long length) => TooLargePreparation(source, length).Rejection!;

    private Preparation TooLargePreparation(string source, long length)
        => Preparation.Reject(source, $"'{Path.GetFileName(source)}' is {length / 1024} KiB, over the {options.MaxFileBytes / 1024} KiB limit for one article.");
}
