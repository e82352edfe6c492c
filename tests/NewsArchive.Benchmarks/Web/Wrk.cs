using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsArchive.Benchmarks.Web;

/// <summary>One wrk run's figures, parsed from the line latency.lua prints.</summary>
public sealed record WrkResult(long Requests, double Seconds, double P50Ms, double P95Ms, double P99Ms, double MaxMs, long BadStatus, long SocketErrors)
{
    public double RequestsPerSecond => Requests / Seconds;
}

/// <summary>Debian's wrk (installed with apt-get when missing) driven with latency.lua for p50/p95/p99.</summary>
public static partial class Wrk
{
    public static async Task EnsureInstalledAsync(Action<string> say)
    {
        if (await RunAsync("sh", ["-c", "command -v wrk"]) is (0, _)) return;
        if (Environment.UserName != "root")
            throw new InvalidOperationException("wrk is not installed and this is not root: run `sudo apt-get install -y wrk`, then the suite again.");
        say("wrk is missing; installing Debian's package (apt-get install -y wrk).");
        var (code, output) = await RunAsync("apt-get", ["install", "-y", "wrk"]);
        if (code != 0) (code, output) = await RunAsync("sh", ["-c", "apt-get update && apt-get install -y wrk"]);
        if (code != 0) throw new InvalidOperationException($"apt-get install -y wrk failed (exit {code}):\n{output}");
    }

    /// <summary>Loads <paramref name="paths"/> (relative to <paramref name="baseAddress"/>) in turn for <paramref name="duration"/>.</summary>
    public static async Task<WrkResult> RunAsync(Uri baseAddress, IReadOnlyList<string> paths, int connections, int threads, TimeSpan duration)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Web", "latency.lua");
        var pathsFile = Path.GetTempFileName();
        await File.WriteAllLinesAsync(pathsFile, paths);
        var (code, output) = await RunAsync("wrk",
        [
            "-t", threads.ToString(CultureInfo.InvariantCulture), "-c", connections.ToString(CultureInfo.InvariantCulture),
            "-d", $"{(int)duration.TotalSeconds}s", "--timeout", "10s", "-s", script, baseAddress.ToString(), "--", pathsFile,
        ]);
        File.Delete(pathsFile);
        var line = BenchLine().Match(output);
        if (code != 0 || !line.Success) throw new InvalidOperationException($"wrk failed (exit {code}):\n{output}");
        long Number(string name) => long.Parse(line.Groups[name].Value, CultureInfo.InvariantCulture);
        return new WrkResult(Number("requests"), double.Parse(line.Groups["seconds"].Value, CultureInfo.InvariantCulture),
            Number("p50") / 1000.0, Number("p95") / 1000.0, Number("p99") / 1000.0, Number("max") / 1000.0,
            Number("bad"), Number("connect") + Number("read") + Number("write") + Number("timeout"));
    }

    private static async Task<(int Code, string Output)> RunAsync(string file, string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }

    [GeneratedRegex(@"BENCH requests=(?<requests>\d+) seconds=(?<seconds>[\d.]+) p50=(?<p50>\d+) p95=(?<p95>\d+) p99=(?<p99>\d+) max=(?<max>\d+) bad_status=(?<bad>\d+) connect=(?<connect>\d+) read=(?<read>\d+) write=(?<write>\d+) timeout=(?<timeout>\d+)",
        RegexOptions.NonBacktracking)]
    private static partial Regex BenchLine();
}
