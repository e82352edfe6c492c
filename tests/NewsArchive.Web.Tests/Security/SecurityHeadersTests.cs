using System.Text.RegularExpressions;
using NewsArchive.Web.Tests.Hosting;

namespace NewsArchive.Web.Tests.Security;

[Collection(RunningArchiveCollection.Name)]
public sealed class SecurityHeadersTests(RunningArchive app)
{
    private static readonly Regex ScriptSource = new("script-src ([^;]*)", RegexOptions.NonBacktracking, TimeSpan.FromSeconds(10));
    private static readonly Regex ScriptTag = new("<script[^>]*>", RegexOptions.NonBacktracking, TimeSpan.FromSeconds(10));
    private static readonly Regex ImportMapScript = new("<script type=\"importmap\">([^<]*)</script>", RegexOptions.NonBacktracking, TimeSpan.FromSeconds(10));

    public static TheoryData<string> Addresses =>
    [
        "/", "/articles", "/articles?q=Hancock", "/quotes", "/timeline", "/people", "/organizations",
        "/account/login", "/ingest", "/api/articles", "/api/no-such-endpoint", "/no-such-page",
    ];

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task Every_response_carries_the_content_security_policy_and_the_other_security_headers(string path)
    {
        var response = await app.Client.GetAsync(path);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("base-uri 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("form-action 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", csp, StringComparison.Ordinal);
        var scripts = ScriptSource.Match(csp).Groups[1].Value;
        // 'self', and on pages the one hash of the import map: nothing that lets other inline script run.
        Assert.Matches("^'self'( 'sha256-[A-Za-z0-9+/]+=*')?$", scripts);
        Assert.DoesNotContain("unsafe", scripts, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Theory]
    [InlineData("/quotes")]
    [InlineData("/articles/hancock-dismisses-trump-tweet-about-releasing-immigration-detainees")]
    public async Task The_only_inline_script_is_the_import_map_and_the_policy_allows_exactly_its_text_by_hash(string path)
    {
        var response = await app.Client.GetAsync(path);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var html = await response.Content.ReadAsStringAsync();
        var inline = ScriptTag.Matches(html).Select(m => m.Value).Where(tag => !tag.Contains(" src=", StringComparison.Ordinal));
        Assert.Equal("<script type=\"importmap\">", Assert.Single(inline));
        var importMap = ImportMapScript.Match(html).Groups[1].Value;
        Assert.Contains("\"imports\"", importMap, StringComparison.Ordinal);
        var hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(importMap)));
        Assert.Equal($"'self' 'sha256-{hash}'", ScriptSource.Match(csp).Groups[1].Value);
    }
}
