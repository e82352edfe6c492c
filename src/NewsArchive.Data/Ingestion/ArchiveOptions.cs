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

    /// <summary>
    /// A search with more matches than this lists them newest first and reports "more than this many" instead
    /// of ranking and counting them all (docs/decisions/0024-bounded-search-ranking-and-counts.md).
    /// </summary>
    public int RankedMatchLimit { get; set; } = 1000;

    /// <summary>Reads Archive:SeedsPath, Archive:MaxFileBytes, Archive:BatchSize and Archive:RankedMatchLimit.</summary>
    public static ArchiveOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var options = new ArchiveOptions { SeedsPath = section["SeedsPath"] };
        if (long.TryParse(section["MaxFileBytes"], NumberStyles.None, CultureInfo.InvariantCulture, out var max) && max > 0) options.MaxFileBytes = max;
        if (int.TryParse(section["BatchSize"], NumberStyles.None, CultureInfo.InvariantCulture, out var batch) && batch > 0) options.BatchSize = batch;
        if (int.TryParse(section["RankedMatchLimit"], NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit > 0) options.RankedMatchLimit = limit;
        return options;
    }
}
