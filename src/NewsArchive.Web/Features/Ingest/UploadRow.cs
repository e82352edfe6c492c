using NewsArchive.Data.Ingestion;

namespace NewsArchive.Web.Features.Ingest;

/// <summary>One chosen file on the ingest page: waiting, in progress, or done with its result.</summary>
public sealed record UploadRow(string FileName, long Size, IngestionResult? Result = null, bool Working = false)
{
    public string Status => Result?.Outcome switch
    {
        IngestionOutcome.Archived => "archived",
        IngestionOutcome.Unchanged => "unchanged",
        IngestionOutcome.Updated => "updated",
        IngestionOutcome.Rejected => "rejected",
        _ => Working ? "working" : "waiting",
    };
}
