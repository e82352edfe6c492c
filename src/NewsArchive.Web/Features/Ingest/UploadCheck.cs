using NewsArchive.Data.Ingestion;
using NewsArchive.Extraction.Reading;

namespace NewsArchive.Web.Features.Ingest;

/// <summary>What can be refused before reading a byte: the file's type and size.</summary>
public static class UploadCheck
{
    public static IngestionResult? Refuse(string fileName, long size, UploadLimits limits)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!ArticleReader.SupportedExtensions.Contains(extension))
            return IngestionResult.Rejected(fileName, $"'{fileName}' is not a .txt, .md or .html file.");
        if (size > limits.MaxFileBytes)
            return IngestionResult.Rejected(fileName,
                $"'{fileName}' is {UploadLimits.Describe(size)}; the limit is {UploadLimits.Describe(limits.MaxFileBytes)}.");
        if (size == 0)
            return IngestionResult.Rejected(fileName, $"'{fileName}' is empty.");
        return null;
    }
}
