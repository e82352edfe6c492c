using NewsArchive.Data.Ingestion;

namespace NewsArchive.Web.Features.Ingest;

/// <summary>What the inbox is doing, for the ingest page: files waiting and the latest results.</summary>
public sealed class InboxStatus(InboxOptions options)
{
    private const int RecentLimit = 50;
    private readonly Lock _gate = new();
    private readonly List<string> _pending = [];
    private readonly LinkedList<InboxEntry> _recent = new();

    public sealed record InboxEntry(string FileName, IngestionResult Result, DateTimeOffset At);

    public bool Enabled => options.Enabled;

    public string? Path => options.Path;

    /// <summary>Raised from the watcher's thread whenever the queue or the results change.</summary>
    public event Action? Changed;

    public IReadOnlyList<string> Pending
    {
        get { lock (_gate) return _pending.ToList(); }
    }

    public IReadOnlyList<InboxEntry> Recent
    {
        get { lock (_gate) return _recent.ToList(); }
    }

    /// <summary>False when the file is already waiting, so it is not queued twice.</summary>
    public bool TryQueue(string fileName)
    {
        lock (_gate)
        {
            if (_pending.Contains(fileName)) return false;
            _pending.Add(fileName);
        }
        Changed?.Invoke();
        return true;
    }

    /// <summary>The file is no longer waiting (not complete yet, or gone); a later scan may queue it again.</summary>
    public void Withdraw(string fileName)
    {
        lock (_gate) _pending.Remove(fileName);
        Changed?.Invoke();
    }

    public void Finished(string fileName, IngestionResult result)
    {
        lock (_gate)
        {
            _pending.Remove(fileName);
            _recent.AddFirst(new InboxEntry(fileName, result, DateTimeOffset.Now));
            while (_recent.Count > RecentLimit) _recent.RemoveLast();
        }
        Changed?.Invoke();
    }
}
