using System.Diagnostics;

namespace NewsArchive.Benchmarks.Ingestion;

/// <summary>
/// The ingest and write suites measure ingestion as the CLI runs it, and the CLI turns dynamic PGO off and server
/// GC on (src/NewsArchive.Cli/NewsArchive.Cli.csproj). Those are process-start settings and the other suites keep the
/// defaults, so these two re-run themselves in a child process with DOTNET_TieredPGO=0 and DOTNET_gcServer=1 (unless
/// DOTNET_gcServer is set). When DOTNET_TieredPGO is set already they run as they are: DOTNET_TieredPGO=1 measures
/// them with dynamic PGO, as before.
/// </summary>
public static class CliRuntime
{
    public static string Describe() =>
        $"Dynamic PGO: {(Environment.GetEnvironmentVariable("DOTNET_TieredPGO") == "0" ? "off, as in the CLI" : "on")} (DOTNET_TieredPGO); "
        + $"GC: {(System.Runtime.GCSettings.IsServerGC ? "server, as in the CLI" : "workstation")} (DOTNET_gcServer).";

    /// <summary>The child's exit code, or null when this process is already configured and should run the suite.</summary>
    public static int? RunInChildUnlessConfigured(string[] args)
    {
        if (Environment.GetEnvironmentVariable("DOTNET_TieredPGO") is not null || Environment.ProcessPath is not { } host) return null;
        var start = new ProcessStartInfo(host) { UseShellExecute = false };
        // Under `dotnet NewsArchive.Benchmarks.dll` the host is dotnet and needs the assembly; the apphost does not.
        if (Path.GetFileNameWithoutExtension(host) == "dotnet") start.ArgumentList.Add(typeof(CliRuntime).Assembly.Location);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_TieredPGO"] = "0";
        if (Environment.GetEnvironmentVariable("DOTNET_gcServer") is null) start.Environment["DOTNET_gcServer"] = "1";
        using var child = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {host}.");
        child.WaitForExit();
        return child.ExitCode;
    }
}
