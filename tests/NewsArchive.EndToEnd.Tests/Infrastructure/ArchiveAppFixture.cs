using Microsoft.Playwright;

namespace NewsArchive.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One running archive per test collection: a temp folder with its own SQLite file and seeds, the real
/// web app serving it on loopback, and a headless Debian Chromium driven by Playwright.
/// </summary>
public abstract class ArchiveAppFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private WebAppProcess? _app;

    protected ArchiveAppFixture()
    {
        WorkDirectory = Directory.CreateTempSubdirectory("newsarchive-e2e-").FullName;
    }

    /// <summary>The temp folder that holds this archive's database and seeds.</summary>
    public string WorkDirectory { get; }

    public string DatabasePath => Path.Combine(WorkDirectory, "archive.db");

    public WebAppProcess App => _app ?? throw new InvalidOperationException("The app has not started.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    /// <summary>Screenshots go beside the test assembly so a person can look at them after a run.</summary>
    public static string ScreenshotDirectory { get; } =
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    /// <summary>Collections that only talk HTTP skip Chromium.</summary>
    protected virtual bool NeedsBrowser => true;

    /// <summary>Returns the folder the app should ingest when its archive is empty.</summary>
    protected abstract string PrepareSeeds();

    public async Task InitializeAsync()
    {
        if (NeedsBrowser) await ChromiumInstaller.EnsureInstalledAsync();
        _app = await WebAppProcess.StartAsync(DatabasePath, PrepareSeeds());
        if (!NeedsBrowser) return;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumInstaller.ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    /// <summary>A fresh browser context (own cookies and storage) whose relative URLs resolve against the app.</summary>
    public async Task<IBrowserContext> NewContextAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        // A loopback app answers in milliseconds; a missing element should fail in seconds, not half a minute.
        context.SetDefaultTimeout(10_000);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS temp cleaner; not worth failing a run over.
        }
    }
}
