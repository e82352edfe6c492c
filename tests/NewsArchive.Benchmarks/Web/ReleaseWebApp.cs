using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

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

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ReleaseWebApp(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    /// <summary>Everything the app wrote so far.</summary>
    public IReadOnlyCollection<string> Output => _output;

    public static async Task<ReleaseWebApp> StartAsync(string databasePath, IReadOnlyDictionary<string, string>? extraEnvironment = null)
    {
        var webDll = await BuildAsync();
        var port = FreeLoopbackPort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var emptySeeds = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "newsarchive-bench-no-seeds")).FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { webDll },
            WorkingDirectory = Path.GetDirectoryName(webDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = baseAddress.ToString().TrimEnd('/');
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Archive"] = $"Data Source={databasePath}";
        start.Environment["Archive__SeedsPath"] = emptySeeds;
        start.Environment["Archive__InboxPath"] = "";
        start.Environment["Archive__RateLimits__PermitLimit"] = BenchmarkPermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (name, value) in extraEnvironment ?? new Dictionary<string, string>()) start.Environment[name] = value;

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the web app.");
        var app = new ReleaseWebApp(process, baseAddress);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) app._output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) app._output.Enqueue("stderr: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await app.WaitUntilAnsweringAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        return app;
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

    private async Task WaitUntilAnsweringAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The web app exited with code {_process.ExitCode} before answering.\n{string.Join('\n', _output)}");
            try
            {
                using var response = await http.GetAsync(BaseAddress);
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but still migrating or warming up.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The web app did not answer {BaseAddress} within 3 minutes.\n{string.Join('\n', _output)}");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        catch (TimeoutException)
        {
            // Killed but not yet reaped.
        }
        _process.Dispose();
    }
}
