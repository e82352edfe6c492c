using NewsArchive.TestHost;

namespace NewsArchive.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The real NewsArchive web app on a free loopback port with its own SQLite file and seeds folder, exactly as
/// `dotnet run` would start it (Development environment, because static web assets from packages are only
/// mapped from build output in Development).
/// </summary>
public sealed class WebAppProcess : IAsyncDisposable
{
    private readonly AppProcess _app;

    private WebAppProcess(AppProcess app) => _app = app;

    public Uri BaseAddress => _app.BaseAddress;

    /// <summary>Everything the app wrote so far, for failure messages.</summary>
    public string Output => _app.Output;

    public static async Task<WebAppProcess> StartAsync(string databasePath, string seedsPath) =>
        new(await AppProcess.StartAsync(BuildPaths.WebDll, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ConnectionStrings__Archive"] = $"Data Source={databasePath}",
            ["Archive__SeedsPath"] = seedsPath,
            // Editors are re-checked every 2 s instead of every minute, so a removed editor's page closes within a test's patience.
            ["Archive__EditorRecheckSeconds"] = "2",
        }, startupLimit: TimeSpan.FromSeconds(120)));

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
