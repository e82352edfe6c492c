using System.Diagnostics;
using NewsArchive.Benchmarks.Reporting;
using NewsArchive.Data.Ingestion;

namespace NewsArchive.Benchmarks.Ingestion;

/// <summary>
/// Articles/s and process CPU per article for each tenth of a run, so a growing cost per article shows as the
/// archive grows. Called on the writer's thread for every result, synchronously (not Progress&lt;T&gt;, which
/// posts each call to the thread pool).
/// </summary>
public sealed class SliceProgress(int total) : IProgress<IngestionResult>
{
    private readonly int _sliceSize = Math.Max(1, total / 10);
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly List<string> _slices = [];
    private int _done;
    private double _sliceStartCpu = ProcessCpuTime.Milliseconds();
    private TimeSpan _sliceStart;

    public void Report(IngestionResult value)
    {
        if (++_done % _sliceSize != 0) return;
        var cpu = ProcessCpuTime.Milliseconds();
        var now = _watch.Elapsed;
        _slices.Add($"{_sliceSize / (now - _sliceStart).TotalSeconds:N0}/s {(cpu - _sliceStartCpu) / _sliceSize:N2} ms");
        Console.Error.WriteLine($"{DateTime.UtcNow:HH:mm:ss} {_done:N0}: {_slices[^1]}");
        (_sliceStartCpu, _sliceStart) = (cpu, now);
    }

    public string Summary() => $"By tenth of the run (articles/s, process CPU per article): {string.Join("; ", _slices)}";
}
