using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace NewsArchive.Data.Ingestion;

/// <summary>The "Archive" configuration section.</summary>
public sealed class ArchiveOptions
{
    public const string Section = "Archive";

    /// <summary>Folder whose articles are ingested into an empty archive; a host resolves it against its own root.</summary>
    public string? SeedsPath { get; set; }

    /// <summary>Files larger than this are rejected before reading (default 5 MiB).</summary>
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Articles written per transaction in bulk ingestion.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>Reads Archive:SeedsPath, Archive:MaxFileBytes and Archive:BatchSize.</summary>
    public static ArchiveOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var options = new ArchiveOptions { SeedsPath = section["SeedsPath"] };
        if (long.TryParse(section["MaxFileBytes"], NumberStyles.None, CultureInfo.InvariantCulture, out var max) && max > 0) options.MaxFileBytes = max;
        if (int.TryParse(section["BatchSize"], NumberStyles.None, CultureInfo.InvariantCulture, out var batch) && batch > 0) options.BatchSize = batch;
        return options;
    }
}
