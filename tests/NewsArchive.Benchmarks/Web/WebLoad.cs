using NewsArchive.Benchmarks.Corpus;
using NewsArchive.Benchmarks.Reporting;

namespace NewsArchive.Benchmarks.Web;

/// <summary>
/// The `web` suite: the real app in Release on loopback, loaded by wrk with 32 connections on 2 threads, page by
/// page. wrk and the app share the machine's cores, so the figures bound the app from below.
/// </summary>
public static class WebLoad
{
    private const int Connections = 32;
    private const int Threads = 2;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);

    public static async Task RunAsync(string databasePath, TimeSpan duration, Report report)
    {
        await Wrk.EnsureInstalledAsync(report.Line);
        var articles = await BenchmarkArchive.CountAsync(databasePath);
        var slugs = await BenchmarkArchive.SpreadSlugsAsync(databasePath, 1_000);
        string[] words = [CorpusGenerator.CommonWord, CorpusGenerator.FewPercentWord, "council", "budget"];
        (string Name, string[] Paths)[] pages =
        [
            ("home page `/`", ["/"]),
            ($"article page `/articles/{{slug}}` ({slugs.Count:N0} articles in turn)", slugs.Select(s => "/articles/" + Uri.EscapeDataString(s)).ToArray()),
            ($"search page `/articles?q=…` ({string.Join(", ", words)} in turn)", words.Select(w => "/articles?q=" + Uri.EscapeDataString(w)).ToArray()),
            ("timeline page `/timeline`", ["/timeline"]),
        ];

        await using var app = await ReleaseWebApp.StartAsync(databasePath);
        report.Line($"App: Release build, Production environment, {app.BaseAddress}, archive of {articles:N0} articles ({databasePath}). " +
                    $"Rate limits raised for the run (Archive__RateLimits__PermitLimit={ReleaseWebApp.BenchmarkPermitLimit:N0}).");
        report.Line($"wrk: {Connections} connections, {Threads} threads, {WarmUp.TotalSeconds:N0} s warm-up then {duration.TotalSeconds:N0} s per page, " +
                    "p50/p95/p99 from wrk's latency histogram (Web/latency.lua). wrk runs on the same cores as the app.");

        using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        foreach (var (name, paths) in pages)
        {
            // A page that does not answer 200 would be measured as fast errors; stop with the reason instead.
            using (var check = await http.GetAsync(paths[0]))
            {
                if (!check.IsSuccessStatusCode)
                    throw new InvalidOperationException($"{paths[0]} answered {(int)check.StatusCode} before the run; not measuring errors.");
            }
            await Wrk.RunAsync(app.BaseAddress, paths, Connections, Threads, WarmUp);
            var load = MachineLoad.Now();
            var cpuBefore = ProcessCpu.Used(app.ProcessId);
            var result = await Wrk.RunAsync(app.BaseAddress, paths, Connections, Threads, duration);
            var cpuPerRequest = (ProcessCpu.Used(app.ProcessId) - cpuBefore).TotalMilliseconds / Math.Max(1, result.Requests);
            report.Row(name, $"{result.RequestsPerSecond:N0} requests/s, p50 {result.P50Ms:N1} ms, p95 {result.P95Ms:N1} ms",
                $"app CPU {cpuPerRequest:N2} ms per request; p99 {result.P99Ms:N1} ms, max {result.MaxMs:N0} ms; {result.Requests:N0} requests in {result.Seconds:N0} s; " +
                $"{result.BadStatus:N0} answers ≥ 400, {result.SocketErrors:N0} socket errors; load {load} → {MachineLoad.Now()}");
        }
    }
}
