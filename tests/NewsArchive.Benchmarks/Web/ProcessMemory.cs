using System.Diagnostics.Tracing;
using System.Globalization;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace NewsArchive.Benchmarks.Web;

/// <summary>The app process's memory: live managed bytes after a full GC, and resident set size.</summary>
public sealed record MemorySample(long LiveManagedBytes, long HeapBytes, long ResidentBytes, long ResidentAnonymousBytes)
{
    /// <summary>
    /// Forces a full blocking GC in the process through EventPipe (the GCHeapCollect keyword, as dotnet-gcdump
    /// does), reads the generation sizes the runtime reports after that GC, then the resident set from /proc.
    /// Live bytes are what that GC found alive (the promoted bytes of every generation, LOH and POH); heap bytes are
    /// gen1 + gen2 + LOH + POH after it, which also count fragmentation (free space between live objects).
    /// </summary>
    public static async Task<MemorySample> TakeAsync(int processId)
    {
        var (live, heap) = await BytesAfterFullGcAsync(processId);
        await Task.Delay(TimeSpan.FromSeconds(1));
        var status = File.ReadAllLines($"/proc/{processId}/status");
        return new MemorySample(live, heap, StatusKiB(status, "VmRSS:") * 1024, StatusKiB(status, "RssAnon:") * 1024);
    }

    private static long StatusKiB(string[] status, string field) =>
        long.Parse(status.Single(l => l.StartsWith(field, StringComparison.Ordinal))[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);

    private static async Task<(long Live, long Heap)> BytesAfterFullGcAsync(int processId)
    {
        var keywords = (long)(ClrTraceEventParser.Keywords.GC | ClrTraceEventParser.Keywords.GCHeapCollect);
        var client = new DiagnosticsClient(processId);
        using var session = client.StartEventPipeSession(
            [new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, keywords)], requestRundown: false);
        using var source = new EventPipeEventSource(session.EventStream);
        var induced = false;
        var live = new TaskCompletionSource<(long, long)>(TaskCreationOptions.RunContinuationsAsynchronously);
        source.Clr.GCStart += e => induced |= e.Reason == GCReason.Induced && e.Depth == 2;
        source.Clr.GCHeapStats += e =>
        {
            if (induced)
                live.TrySetResult((e.TotalPromotedSize0 + e.TotalPromotedSize1 + e.TotalPromotedSize2 + e.TotalPromotedSize3 + e.TotalPromotedSize4,
                    e.GenerationSize1 + e.GenerationSize2 + e.GenerationSize3 + e.GenerationSize4));
        };
        var reading = Task.Run(source.Process);
        try
        {
            return await live.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        finally
        {
            await session.StopAsync(CancellationToken.None);
            await reading;
        }
    }
}
