using System.Threading.Channels;
using NewsArchive.Data.Ingestion;

namespace NewsArchive.Web.Features.Ingest;

/// <summary>
/// Ingests files dropped into the inbox folder, then moves each to processed/ or, with a
/// "name.reason.txt" beside it, to rejected/. A file-system watcher reacts at once; a periodic
/// rescan catches what it misses (it can drop events) and files that were still being written
/// (written to in the last second, or held open by their writer).
/// </summary>
public sealed class InboxWatcher(
    InboxOptions options, InboxStatus status, IngestionService ingestion, UploadLimits limits, ILogger<InboxWatcher> logger)
    : BackgroundService
{
    private static readonly TimeSpan Rescan = TimeSpan.FromSeconds(2);

    /// <summary>A file written to within this long may still be growing; it waits for a later scan.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1);
    private readonly Channel<string> _queue = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Creates the folders before start-up finishes, so a file can be dropped as soon as the app is up.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Enabled)
        {
            Directory.CreateDirectory(options.Path!);
            Directory.CreateDirectory(options.ProcessedPath);
            Directory.CreateDirectory(options.RejectedPath);
        }
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled) return;
        var inbox = options.Path!;
        logger.LogInformation("Watching the inbox folder {Inbox}", inbox);

        using var watcher = new FileSystemWatcher(inbox) { IncludeSubdirectories = false, EnableRaisingEvents = true };
        watcher.Created += (_, e) => Enqueue(e.FullPath);
        watcher.Renamed += (_, e) => Enqueue(e.FullPath);

        using var timer = new PeriodicTimer(Rescan);
        var rescans = Task.Run(async () =>
        {
            do ScanFolder(inbox);
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }, stoppingToken);

        try
        {
            await foreach (var path in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                await ProcessAsync(path, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; files left in the inbox are picked up on the next start.
        }
        await rescans.ContinueWith(_ => { }, CancellationToken.None);
    }

    private void ScanFolder(string inbox)
    {
        foreach (var path in Directory.EnumerateFiles(inbox)) Enqueue(path);
    }

    private void Enqueue(string path)
    {
        var name = Path.GetFileName(path);
        // Hidden and partial files (editors, copy tools) are not articles yet.
        if (name.StartsWith('.') || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".part", StringComparison.OrdinalIgnoreCase))
            return;
        if (status.TryQueue(name)) _queue.Writer.TryWrite(path);
    }

    private async Task ProcessAsync(string path, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            // Taken away again (or already handled through another event): nothing to report.
            status.Withdraw(name);
            return;
        }

        if (DateTime.UtcNow - File.GetLastWriteTimeUtc(path) < Settle)
        {
            status.Withdraw(name);
            return;
        }

        IngestionResult result;
        try
        {
            var size = new FileInfo(path).Length;
            result = UploadCheck.Refuse(name, size, limits) ?? await IngestAsync(path, name, cancellationToken);
        }
        catch (IOException)
        {
            // Still being written (or locked): leave it for the next rescan.
            status.Withdraw(name);
            return;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Inbox file {File} failed", name);
            result = IngestionResult.Rejected(name, "The file could not be ingested because of an internal error.");
        }

        try
        {
            Move(path, name, result);
        }
        catch (IOException ex)
        {
            logger.LogWarning(ex, "Could not move inbox file {File}", name);
        }
        status.Finished(name, result);
    }

    private async Task<IngestionResult> IngestAsync(string path, string name, CancellationToken cancellationToken)
    {
        // Exclusive open: a writer still holding the file makes this throw, and we retry later.
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
        return await ingestion.IngestStreamAsync(stream, name, cancellationToken);
    }

    private void Move(string path, string name, IngestionResult result)
    {
        var rejected = result.Outcome == IngestionOutcome.Rejected;
        var target = FreeName(rejected ? options.RejectedPath : options.ProcessedPath, name);
        File.Move(path, target);
        if (rejected)
        {
            File.WriteAllText(target + ".reason.txt", (result.Reason ?? "Rejected.") + Environment.NewLine);
        }
    }

    /// <summary>name, or name with a time stamp when a file of that name was already moved there.</summary>
    private static string FreeName(string folder, string name)
    {
        var target = Path.Combine(folder, name);
        if (!File.Exists(target)) return target;
        var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        return Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(name)}-{stamp}{Path.GetExtension(name)}");
    }
}
