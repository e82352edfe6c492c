using NewsArchive.TestHost;

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

    private AppProcess? _app;

    public string Folder { get; } = Directory.CreateTempSubdirectory("newsarchive-web-tests-").FullName;

    public string DatabasePath => Path.Combine(Folder, "archive.db");

    public string SeedsPath => Path.Combine(Folder, "seeds");

    public string InboxPath => Path.Combine(Folder, "inbox");

    /// <summary>Extra configuration for the app, as environment variables (e.g. "Archive__RateLimits__PermitLimit").</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    public Uri BaseAddress { get; private set; } = default!;

    public HttpClient Client { get; private set; } = default!;

    public string Output => _app?.Output ?? "";

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

        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ConnectionStrings__Archive"] = $"Data Source={DatabasePath}",
            ["Archive__SeedsPath"] = SeedsPath,
            ["Archive__InboxPath"] = InboxPath,
            ["Logging__LogLevel__Default"] = "Information",
        };
        foreach (var (name, value) in Settings) environment[name] = value;
        _app = await AppProcess.StartAsync(RepositoryPaths.WebAssembly, environment, TimeSpan.FromSeconds(90),
            workingDirectory: RepositoryPaths.WebProject);
        BaseAddress = _app.BaseAddress;
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = BaseAddress };
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
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
