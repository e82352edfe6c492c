using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Text;
using NewsArchive.Benchmarks.Corpus;
using NewsArchive.Benchmarks.Reporting;
using NewsArchive.Extraction;
using NewsArchive.Extraction.Reading;

namespace NewsArchive.Benchmarks.Extraction;

/// <summary>
/// What extraction allocates, by type: the runtime's allocation-tick events (one per ~100 KB allocated, naming the
/// type of the object that crossed the mark) counted over passes of the corpus, so each type's share of the samples is
/// its share of the bytes. Exact totals come from extract-stages; this says which types make them up. A tick names the
/// allocation that needed a fresh allocation context, so a small object made right after a large array can take some
/// of the array's share (the narrative's AttributionText after its token array): read it as where to look, not to the byte.
/// </summary>
public static class AllocationsByType
{
    public static void Run(int count, int passes, Report report)
    {
        var documents = new CorpusGenerator().Generate(count)
            .Select(a => ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(a.Content), writable: false), a.FileName))
            .ToList();
        var extractor = new ArticleExtractor();
        foreach (var document in documents) extractor.Extract(document); // warm-up: type loading and statics
        using var listener = new AllocationTicks();
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        for (var pass = 0; pass < passes; pass++)
            foreach (var document in documents) extractor.Extract(document);
        bytes = GC.GetAllocatedBytesForCurrentThread() - bytes;
        Thread.Sleep(1000); // the listener's events arrive on their own thread
        var articles = (double)count * passes;
        var samples = listener.Counts.Values.Sum();
        report.Row("allocated", $"{bytes / articles / 1024:N1} KB per article", $"{samples:N0} allocation ticks");
        foreach (var (type, hits) in listener.Counts.OrderByDescending(c => c.Value).Take(25))
            report.Row($"type: {type}", $"{bytes / articles / 1024 * hits / samples:N1} KB per article", $"{100.0 * hits / samples:N1} % of the ticks");
    }

    private sealed class AllocationTicks : EventListener
    {
        public ConcurrentDictionary<string, long> Counts { get; } = new();

        protected override void OnEventSourceCreated(EventSource source)
        {
            // GC keyword (0x1) at verbose level carries GCAllocationTick.
            if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null) return;
            var at = e.PayloadNames.IndexOf("TypeName");
            if (at < 0 || e.Payload?[at] is not string type) return;
            Counts.AddOrUpdate(type, 1, (_, n) => n + 1);
        }
    }
}
