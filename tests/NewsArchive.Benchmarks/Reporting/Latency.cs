using System.Diagnostics;

namespace NewsArchive.Benchmarks.Reporting;

/// <summary>
/// Percentiles of repeated timings of one operation: wall-clock, and the process CPU time per call, which
/// stays meaningful when other work on the machine stretches the wall-clock figures.
/// </summary>
public sealed record Latency(double P50, double P95, double P99, double Max, int Samples, double CpuP50, double CpuP95)
{
    public static async Task<Latency> MeasureAsync(int samples, Func<int, Task> operation)
    {
        for (var i = 0; i < Math.Min(20, samples); i++) await operation(i); // warm-up: plans, caches, JIT
        var timings = new double[samples];
        var cpu = new double[samples];
        for (var i = 0; i < samples; i++)
        {
            var cpuBefore = ProcessCpuTime.Milliseconds();
            var watch = Stopwatch.StartNew();
            await operation(i);
            timings[i] = watch.Elapsed.TotalMilliseconds;
            cpu[i] = ProcessCpuTime.Milliseconds() - cpuBefore;
        }
        Array.Sort(timings);
        Array.Sort(cpu);
        return new Latency(Percentile(timings, 0.50), Percentile(timings, 0.95), Percentile(timings, 0.99), timings[^1], samples,
            Percentile(cpu, 0.50), Percentile(cpu, 0.95));
    }

    private static double Percentile(double[] sorted, double p) => sorted[(int)Math.Ceiling(p * sorted.Length) - 1];

    public override string ToString() => $"p50 {P50:N2} ms, p95 {P95:N2} ms, p99 {P99:N2} ms";
}
