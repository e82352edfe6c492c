namespace NewsArchive.Web.Hosting;

/// <summary>Headers on every response that tell the browser what this app's pages may do.</summary>
public static class SecurityHeaders
{
    private const string NonceKey = "NewsArchive.CspNonce";

    /// <summary>
    /// What Blazor Server and MudBlazor need and nothing more: scripts only from this origin (Blazor Server
    /// needs no eval) plus the one inline script Blazor writes, its import map, which carries this request's
    /// nonce (see <see cref="Nonce"/>); inline styles (MudBlazor sets style attributes), the circuit's
    /// WebSocket to this origin ('self' covers ws/wss of the same host in CSP Level 3), data: images
    /// (MudBlazor's inline SVG icons), no plugins, no framing, forms and &lt;base&gt; only to this origin.
    /// </summary>
    public static string ContentSecurityPolicy(string nonce) =>
        $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>This request's CSP nonce: random, so script injected into a page cannot carry it.</summary>
    public static string Nonce(HttpContext context) => context.Items[NonceKey] as string ?? "";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // Hex, not base64: Razor would HTML-encode a "+" in the attribute and the browser must see the header's exact value.
        var nonce = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        // OnStarting: error pages and re-executed status pages clear headers set earlier.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy(nonce);
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            return Task.CompletedTask;
        });
        await next(context);
    });
}
