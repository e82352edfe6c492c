using NewsArchive.Benchmarks.Reporting;

namespace NewsArchive.Benchmarks.Web;

/// <summary>
/// The `circuits` suite: memory of the real app (Release, Production) per connected, idle Blazor circuit. Opens
/// headless circuits on one interactive page in steps (1, 100, 250, 500, 1000 by default), all held open, and at
/// each step forces a full GC in the app and reads its live managed bytes and resident set.
/// </summary>
public static class CircuitMemory
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(10);

    public static async Task RunAsync(string databasePath, string pagePath, int maxCircuits, Report report)
    {
        int[] steps = [.. new[] { 1, 100, 250, 500, 1_000, 2_000 }.Where(n => n < maxCircuits), maxCircuits];
        await using var app = await ReleaseWebApp.StartAsync(databasePath);
        var page = new Uri(app.BaseAddress, pagePath);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        report.Line($"App: Release build, Production environment, {app.BaseAddress} (pid {app.ProcessId}), archive {databasePath}. " +
                    $"Circuits on {pagePath}, opened 8 at a time by Web/HeadlessCircuit.cs, {Settle.TotalSeconds:N0} s settle before each sample.");

        for (var i = 0; i < 20; i++) await http.GetStringAsync(page); // prerendering warmed up, so step 0 is not JIT-inflated
        await Task.Delay(Settle);
        var baseline = await MemorySample.TakeAsync(app.ProcessId);
        Row(report, 0, baseline, baseline, null, []);

        var circuits = new List<HeadlessCircuit>();
        var first = baseline;
        try
        {
            foreach (var target in steps)
            {
                using var gate = new SemaphoreSlim(8);
                var opening = Enumerable.Range(0, target - circuits.Count).Select(async _ =>
                {
                    await gate.WaitAsync();
                    try { return await HeadlessCircuit.OpenAsync(http, page); }
                    finally { gate.Release(); }
                }).ToList();
                circuits.AddRange(await Task.WhenAll(opening));
                await Task.Delay(Settle);
                var sample = await MemorySample.TakeAsync(app.ProcessId);
                if (target == 1) first = sample;
                Row(report, target, sample, baseline, target > 1 ? first : null, circuits);
            }
        }
        finally
        {
            var failures = app.Output.Count(l => l.Contains("fail:", StringComparison.Ordinal));
            report.Line($"JS functions the server called per circuit: " +
                        string.Join(", ", HeadlessCircuit.JSIdentifiers.OrderByDescending(p => p.Value).Select(p => $"{p.Key} ×{p.Value}")) +
                        $". The app logged {failures} failure line(s){(failures > 0 ? ": " + app.Output.First(l => l.Contains("fail:", StringComparison.Ordinal)) : "")}.");
            foreach (var circuit in circuits) await circuit.DisposeAsync();
        }
    }

    private static void Row(Report report, int count, MemorySample sample, MemorySample baseline, MemorySample? first, List<HeadlessCircuit> circuits)
    {
        var perCircuit = count == 0 ? "" :
            $"{(sample.LiveManagedBytes - baseline.LiveManagedBytes) / 1024.0 / count:N0} KB managed, " +
            $"{(sample.ResidentBytes - baseline.ResidentBytes) / 1024.0 / count:N0} KB resident per circuit from 0";
        if (first is not null)
            perCircuit += $"; {(sample.LiveManagedBytes - first.LiveManagedBytes) / 1024.0 / (count - 1):N0} KB managed, " +
                          $"{(sample.ResidentBytes - first.ResidentBytes) / 1024.0 / (count - 1):N0} KB resident per circuit after the first";
        var health = count == 0 ? "" :
            $"{circuits.Count(c => c.IsConnected):N0} of {count:N0} connected, {circuits.Sum(c => c.RenderBatches):N0} render batches, " +
            $"{circuits.Sum(c => c.JSCalls):N0} JS calls answered, {circuits.Count(c => c.Error is not null)} circuit errors; ";
        report.Row($"{count:N0} circuits",
            $"{sample.LiveManagedBytes / 1024.0 / 1024:N1} MiB managed, {sample.ResidentBytes / 1024.0 / 1024:N0} MiB resident",
            $"{perCircuit}{(perCircuit.Length > 0 ? "; " : "")}{health}GC heap with fragmentation {sample.HeapBytes / 1024.0 / 1024:N1} MiB; " +
            $"anonymous RSS {sample.ResidentAnonymousBytes / 1024.0 / 1024:N0} MiB; load {MachineLoad.Now()}");
    }
}
