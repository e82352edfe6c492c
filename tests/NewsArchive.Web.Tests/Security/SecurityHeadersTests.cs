using System.Text.RegularExpressions;
using NewsArchive.Web.Tests.Hosting;

namespace NewsArchive.Web.Tests.Security;

[Collection(RunningArchiveCollection.Name)]
public sealed class SecurityHeadersTests(RunningArchive app)
{
    private static readonly Regex ScriptSource = new("script-src ([^;]*)", RegexOptions.NonBacktracking, TimeSpan.FromSeconds(10));
    private static readonly Regex ScriptTag = new("<script[^>]*>", RegexOptions.NonBacktracking, TimeSpan.FromSeconds(10));
    private static readonly Regex NonceSource = new("'nonce-([^']+)'", RegexOptions.NonBacktracking, TimeSpan.FromSeconds(10));

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
        Assert.StartsWith("'self' 'nonce-", scripts, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", scripts, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task The_only_inline_script_is_the_import_map_and_it_carries_this_responses_nonce()
    {
        var first = await app.Client.GetAsync("/quotes");
        var second = await app.Client.GetAsync("/quotes");

        var nonce = NonceSource.Match(Assert.Single(first.Headers.GetValues("Content-Security-Policy"))).Groups[1].Value;
        var otherNonce = NonceSource.Match(Assert.Single(second.Headers.GetValues("Content-Security-Policy"))).Groups[1].Value;
        Assert.True(nonce.Length >= 16);
        Assert.NotEqual(nonce, otherNonce);
        var html = await first.Content.ReadAsStringAsync();
        var inline = ScriptTag.Matches(html).Select(m => m.Value).Where(tag => !tag.Contains(" src=", StringComparison.Ordinal));
        var script = Assert.Single(inline);
        Assert.Contains("type=\"importmap\"", script, StringComparison.Ordinal);
        Assert.Contains($"nonce=\"{nonce}\"", script, StringComparison.Ordinal);
    }
}
