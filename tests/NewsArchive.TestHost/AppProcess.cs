using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace NewsArchive.TestHost;

/// <summary>
/// The real NewsArchive web app, a built dll started with `dotnet` as a child process on a free loopback port,
/// with the environment the caller gives it (database, seeds, environment name, limits). Its output is kept for
/// failure messages; disposing kills it with its process tree.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private AppProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    /// <summary>Every line the app wrote so far (standard error prefixed "stderr: ").</summary>
    public IReadOnlyCollection<string> Lines => _lines;

    /// <summary><see cref="Lines"/> as one text.</summary>
    public string Output => string.Join(Environment.NewLine, _lines);

    /// <summary>
    /// Starts <paramref name="dll"/> and waits until it answers GET / (any status, or only a success when
    /// <paramref name="requireSuccess"/>), at most <paramref name="startupLimit"/>.
    /// </summary>
    public static async Task<AppProcess> StartAsync(string dll, IReadOnlyDictionary<string, string> environment,
        TimeSpan startupLimit, string? workingDirectory = null, bool requireSuccess = false)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}/");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll },
            WorkingDirectory = workingDirectory ?? Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = baseAddress.ToString().TrimEnd('/');
        foreach (var (name, value) in environment) start.Environment[name] = value;

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {dll}.");
        var app = new AppProcess(process, baseAddress);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) app._lines.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) app._lines.Enqueue("stderr: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await app.WaitUntilAnsweringAsync(startupLimit, requireSuccess);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        return app;
    }

    private async Task WaitUntilAnsweringAsync(TimeSpan limit, bool requireSuccess)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The web app exited with code {_process.ExitCode} before answering.\n{Output}");
            try
            {
                // A page that fails should fail its own test with the app's output, not time out here.
                using var response = await http.GetAsync(BaseAddress);
                if (!requireSuccess || response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but still migrating or warming up.
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The web app did not answer {BaseAddress} within {limit}.\n{Output}");
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
            // Killed but not yet reaped; never let cleanup hide the failure that led here.
        }
        _process.Dispose();
    }
}
