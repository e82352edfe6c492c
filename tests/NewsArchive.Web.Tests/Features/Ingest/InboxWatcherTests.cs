using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.Data.Articles;
using NewsArchive.Data.Ingestion;
using NewsArchive.Web.Features.Ingest;

namespace NewsArchive.Web.Tests.Features.Ingest;

public sealed class InboxWatcherTests : IAsyncLifetime
{
    private readonly TestArchive _archive = new();
    private InboxOptions _options = default!;
    private InboxStatus _status = default!;
    private InboxWatcher _watcher = default!;

    public async Task InitializeAsync()
    {
        _options = new InboxOptions(Path.Combine(_archive.Folder, "inbox"));
        _status = new InboxStatus(_options);
        _watcher = new InboxWatcher(_options, _status, _archive.Get<IngestionService>(), new UploadLimits(20, 1024 * 1024),
            NullLogger<InboxWatcher>.Instance);
        await _watcher.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _watcher.StopAsync(CancellationToken.None);
        _watcher.Dispose();
        await _archive.DisposeAsync();
    }

    /// <summary>Waits for the watcher to report a file as done (it works in the background).</summary>
    private async Task<InboxStatus.InboxEntry> FinishedAsync(string name)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (_status.Recent.FirstOrDefault(e => e.FileName == name) is { } entry) return entry;
            await Task.Delay(50);
        }
        throw new TimeoutException($"The inbox did not finish {name}.");
    }

    [Fact]
    public async Task Ingests_a_dropped_article_and_moves_it_to_processed()
    {
        var path = Path.Combine(_options.Path!, "storm.txt");
        await File.WriteAllTextAsync(path, "Storm closes schools\n\nA storm closed every school in the county on Tuesday, Jan 8, 2019.");

        var entry = await FinishedAsync("storm.txt");

        Assert.Equal(IngestionOutcome.Archived, entry.Result.Outcome);
        Assert.False(File.Exists(path));
        Assert.True(File.Exists(Path.Combine(_options.ProcessedPath, "storm.txt")));
        var found = await _archive.Get<ArticleSearch>().SearchAsync(new ArticleSearchQuery("storm"));
        Assert.Equal(1, found.Total);
    }

    [Fact]
    public async Task Moves_a_file_it_cannot_read_to_rejected_with_a_reason_file()
    {
        var path = Path.Combine(_options.Path!, "scan.pdf");
        await File.WriteAllTextAsync(path, "%PDF-1.4");

        var entry = await FinishedAsync("scan.pdf");

        Assert.Equal(IngestionOutcome.Rejected, entry.Result.Outcome);
        Assert.True(File.Exists(Path.Combine(_options.RejectedPath, "scan.pdf")));
        var reason = await File.ReadAllTextAsync(Path.Combine(_options.RejectedPath, "scan.pdf.reason.txt"));
        Assert.Equal("'scan.pdf' is not a .txt, .md or .html file.", reason.Trim());
        Assert.Empty(_status.Pending);
    }
}
