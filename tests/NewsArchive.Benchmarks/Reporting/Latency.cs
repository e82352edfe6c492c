using System.Diagnostics;

namespace NewsArchive.Benchmarks.Reporting;

/// <summary>Percentiles of repeated timings of one operation.</summary>
public sealed record Latency(double P50, double P95, double P99, double Max, int Samples)
{
    public static async Task<Latency> MeasureAsync(int samples, Func<int, Task> operation)
    {
        for (var i = 0; i < Math.Min(20, samples); i++) await operation(i); // warm-up: plans, caches, JIT
        var timings = new double[samples];
        for (var i = 0; i < samples; i++)
        {
            var watch = Stopwatch.StartNew();
            await operation(i);
            timings[i] = watch.Elapsed.TotalMilliseconds;
        }
        Array.Sort(timings);
        return new Latency(Percentile(timings, 0.50), Percentile(timings, 0.95), Percentile(timings, 0.99), timings[^1], samples);
    }

    private static double Percentile(double[] sorted, double p) => sorted[(int)Math.Ceiling(p * sorted.Length) - 1];

    public override string ToString() => $"p50 {P50:N2} ms, p95 {P95:N2} ms, p99 {P99:N2} ms";
}
