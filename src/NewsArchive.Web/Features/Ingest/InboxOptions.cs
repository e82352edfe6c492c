namespace NewsArchive.Web.Features.Ingest;

/// <summary>Archive:InboxPath — a folder the app watches for article files. Unset means off (the default).</summary>
public sealed record InboxOptions(string? Path)
{
    public bool Enabled => !string.IsNullOrWhiteSpace(Path);

    public string ProcessedPath => System.IO.Path.Combine(Path!, "processed");

    public string RejectedPath => System.IO.Path.Combine(Path!, "rejected");
}
