using System.Diagnostics;
using System.Text;

namespace NewsArchive.Web.Tests.Hosting;

/// <summary>
/// The real web app (its own built Program) in a child process on Kestrel at a free loopback port,
/// over a fresh SQLite file in a temp folder, seeded from a temp seeds folder: the repository's seed
/// article plus test articles.
/// </summary>
public sealed class RunningArchive : IAsyncLifetime
{
    /// <summary>An article whose title and body carry markup that must come out escaped.</summary>
    public const string HostileTitle = "Council <script>alert('title')</script> vote stirs <b>debate</b>";

    private const string ListeningPrefix = "Now listening on: http://127.0.0.1:";

    private readonly StringBuilder _output = new();
    private Process? _process;

    public string Folder { get; } = Directory.CreateTempSubdirectory("newsarchive-web-tests-").FullName;

    public string DatabasePath => Path.Combine(Folder, "archive.db");

    public string SeedsPath => Path.Combine(Folder, "seeds");

    public string InboxPath => Path.Combine(Folder, "inbox");

    /// <summary>Extra configuration for the app, as environment variables (e.g. "Archive__RateLimits__PermitLimit").</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    public Uri BaseAddress { get; private set; } = default!;

    public HttpClient Client { get; private set; } = default!;

    public string Output { get { lock (_output) return _output.ToString(); } }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(SeedsPath);
        foreach (var seed in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "seeds"), "*.txt"))
        {
            File.Copy(seed, Path.Combine(SeedsPath, Path.GetFileName(seed)));
        }
        await File.WriteAllTextAsync(Path.Combine(SeedsPath, "hostile.txt"), $"""
            {HostileTitle}

            Photo <img src=x onerror=alert(1)> by Staff
            The council met on Tuesday, March 5, 2019. <script>alert('body')</script> Members argued.

            "We will <b>not</b> be moved," Mayor Jane Doe said.
            """);

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.WebProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RepositoryPaths.WebAssembly);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Archive"] = $"Data Source={DatabasePath}";
        start.Environment["Archive__SeedsPath"] = SeedsPath;
        start.Environment["Archive__InboxPath"] = InboxPath;
        start.Environment["Logging__LogLevel__Default"] = "Information";
        foreach (var (name, value) in Settings) start.Environment[name] = value;

        var address = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Collect(e.Data, address);
        _process.ErrorDataReceived += (_, e) => Collect(e.Data, address);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var finished = await Task.WhenAny(address.Task, _process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(90)));
        if (finished != address.Task)
        {
            throw new InvalidOperationException($"The web app did not start listening. Output:\n{Output}");
        }
        BaseAddress = new Uri(address.Task.Result);
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = BaseAddress };
    }

    private void Collect(string? line, TaskCompletionSource<string> address)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
        // A plain search, not a Regex: on a loaded machine a regex timeout here would throw on the
        // output thread and abort the whole test run.
        var at = line.IndexOf(ListeningPrefix, StringComparison.Ordinal);
        if (at < 0) return;
        var port = new string(line[(at + ListeningPrefix.Length)..].TakeWhile(char.IsAsciiDigit).ToArray());
        if (port.Length > 0) address.TrySetResult($"http://127.0.0.1:{port}");
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file the app still held open; the OS cleans the temp folder.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class RunningArchiveCollection : ICollectionFixture<RunningArchive>
{
    public const string Name = "running archive";
}
