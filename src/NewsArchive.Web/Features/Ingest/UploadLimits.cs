using NewsArchive.Data.Ingestion;

namespace NewsArchive.Web.Features.Ingest;

/// <summary>How much one upload may carry: a number of files, each up to the archive's file size limit.</summary>
public sealed record UploadLimits(int MaxFiles, long MaxFileBytes)
{
    public const int DefaultMaxFiles = 20;

    public static UploadLimits For(ArchiveOptions options) => new(DefaultMaxFiles, options.MaxFileBytes);

    public static string Describe(long bytes) => bytes >= 1024 * 1024
        ? $"{bytes / (1024.0 * 1024.0):0.#} MB"
        : $"{Math.Max(1, bytes / 1024)} KB";
}
