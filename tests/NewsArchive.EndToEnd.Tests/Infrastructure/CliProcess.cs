using System.Diagnostics;
using System.Text;

namespace NewsArchive.EndToEnd.Tests.Infrastructure;

/// <summary>What one run of the `newsarchive` CLI did.</summary>
public sealed record CliResult(int ExitCode, string StandardOutput, string StandardError, bool HungAndWasKilled);

/// <summary>Runs the built `newsarchive` CLI as a child process, the way a user would.</summary>
public static class CliProcess
{
    /// <summary>Starts the CLI with stdout and stderr redirected, for tests that act while it runs.</summary>
    public static Process Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(BuildPaths.CliDll);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        return Process.Start(start) ?? throw new InvalidOperationException("Could not start the CLI.");
    }

    /// <param name="hangLimit">Only a hang detector: a run that outlives it is killed and reported as hung.</param>
    public static async Task<CliResult> RunAsync(
        IEnumerable<string> arguments, TimeSpan hangLimit, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var process = Start(arguments, environment ?? new Dictionary<string, string>());
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var hung = false;
        using (var limit = new CancellationTokenSource(hangLimit))
        {
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                hung = true;
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        return new CliResult(process.ExitCode, await stdout, await stderr, hung);
    }
}
