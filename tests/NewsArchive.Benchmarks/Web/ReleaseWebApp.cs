using System.Diagnostics;
using System.Globalization;
using NewsArchive.TestHost;

namespace NewsArchive.Benchmarks.Web;

/// <summary>
/// The real NewsArchive web app, built in Release and started as a child process on a free loopback port
/// (Production environment) against a given archive. The rate limits are raised for the run: a load
/// generator on one address would otherwise measure the limiter's 429s, not the pages.
/// </summary>
public sealed class ReleaseWebApp : IAsyncDisposable
{
    /// <summary>Per client IP and window; far above what 32 connections can do in the window.</summary>
    public const int BenchmarkPermitLimit = 10_000_000;

    private readonly AppProcess _app;

    private ReleaseWebApp(AppProcess app) => _app = app;

    public Uri BaseAddress => _app.BaseAddress;

    public int ProcessId => _app.ProcessId;

    /// <summary>Everything the app wrote so far.</summary>
    public IReadOnlyCollection<string> Output => _app.Lines;

    public static async Task<ReleaseWebApp> StartAsync(string databasePath, IReadOnlyDictionary<string, string>? extraEnvironment = null)
    {
        var webDll = await BuildAsync();
        var emptySeeds = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "newsarchive-bench-no-seeds")).FullName;
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Archive"] = $"Data Source={databasePath}",
            ["Archive__SeedsPath"] = emptySeeds,
            ["Archive__InboxPath"] = "",
            ["Archive__RateLimits__PermitLimit"] = BenchmarkPermitLimit.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var (name, value) in extraEnvironment ?? new Dictionary<string, string>()) environment[name] = value;
        return new ReleaseWebApp(await AppProcess.StartAsync(webDll, environment, TimeSpan.FromMinutes(3), requireSuccess: true));
    }

    /// <summary>Builds src/NewsArchive.Web in Release (incremental, so quick when up to date) and returns its dll.</summary>
    private static async Task<string> BuildAsync()
    {
        var project = Path.Combine(RepositoryRoot(), "src", "NewsArchive.Web");
        var build = Process.Start(new ProcessStartInfo("dotnet", ["build", project, "-c", "Release", "--nologo", "-v", "q"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("Could not run dotnet build.");
        var output = build.StandardOutput.ReadToEndAsync();
        var errors = build.StandardError.ReadToEndAsync();
        await build.WaitForExitAsync();
        if (build.ExitCode != 0)
            throw new InvalidOperationException($"Building {project} in Release failed:\n{await output}\n{await errors}");
        return Path.Combine(project, "bin", "Release", "net10.0", "NewsArchive.Web.dll");
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NewsArchive.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException($"No NewsArchive.sln above {AppContext.BaseDirectory}; run the benchmarks from the repository.");
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
