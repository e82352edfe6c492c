using System.Diagnostics;
using System.Text;

namespace NewsArchive.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Makes sure Debian's Chromium is present. Playwright's own browser download cannot work offline,
/// so the tests drive the distribution package and install it with apt when they run as root (as CI does).
/// </summary>
public static class ChromiumInstaller
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task EnsureInstalledAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (File.Exists(ExecutablePath)) return;
            if (!IsRoot())
                throw new InvalidOperationException(
                    $"{ExecutablePath} is missing and the tests are not running as root, so they cannot install it. " +
                    "Install it with: sudo apt-get install -y --no-install-recommends chromium");

            var log = new StringBuilder();
            await RunAsync("apt-get", "update", log);
            await RunAsync("apt-get", "install -y --no-install-recommends chromium", log);
            if (!File.Exists(ExecutablePath))
                throw new InvalidOperationException($"apt-get finished but {ExecutablePath} is still missing.\n{log}");
        }
        finally
        {
            Gate.Release();
        }
    }

    private static bool IsRoot() => Environment.UserName == "root";

    private static async Task RunAsync(string fileName, string arguments, StringBuilder log)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        log.AppendLine($"$ {fileName} {arguments}").AppendLine(await stdout).AppendLine(await stderr);
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"'{fileName} {arguments}' exited with {process.ExitCode} while installing Chromium.\n{log}");
    }
}
