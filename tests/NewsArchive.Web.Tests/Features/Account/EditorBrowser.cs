using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Data.Editors;
using NewsArchive.Web.Tests.Hosting;

namespace NewsArchive.Web.Tests.Features.Account;

/// <summary>An HTTP client with its own cookie jar against the running app, for sign-in flows; no redirects followed.</summary>
public sealed class EditorBrowser : IDisposable
{
    public const string Password = "a long enough editor password";

    private static readonly Regex TokenField = new(
        "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"", RegexOptions.NonBacktracking, TimeSpan.FromSeconds(10));

    private readonly RunningArchive _app;

    public EditorBrowser(RunningArchive app)
    {
        _app = app;
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = Cookies }) { BaseAddress = app.BaseAddress };
    }

    public CookieContainer Cookies { get; } = new();

    public HttpClient Client { get; }

    public bool HasEditorCookie => Cookies.GetCookies(_app.BaseAddress).Any(c => c.Name == "na-editor");

    /// <summary>Adds an editor the way `newsarchive editor add` does: EditorAccounts over the app's database file.</summary>
    public static async Task<string> AddEditorAsync(RunningArchive app)
    {
        var email = $"editor-{Guid.NewGuid():N}@example.org";
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Archive"] = $"Data Source={app.DatabasePath}" })
            .Build();
        var services = new ServiceCollection().AddLogging();
        services.AddEditors(configuration);
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<EditorAccounts>();
        await accounts.MigrateAsync();
        await accounts.AddAsync(email, Password);
        return email;
    }

    /// <summary>The antiforgery token of the first form on <paramref name="path"/> (its cookie lands in the jar).</summary>
    public async Task<string> TokenFromAsync(string path)
    {
        var html = await Client.GetStringAsync(path);
        var match = TokenField.Match(html);
        Assert.True(match.Success, $"No antiforgery token on {path}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public async Task<HttpResponseMessage> SignInAsync(string email, string password, string returnUrl = "/ingest", bool withToken = true)
    {
        var loginPath = $"/account/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        var token = await TokenFromAsync(loginPath);
        var fields = new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        };
        if (withToken) fields["__RequestVerificationToken"] = token;
        return await Client.PostAsync(loginPath, new FormUrlEncodedContent(fields));
    }

    public void Dispose() => Client.Dispose();
}
