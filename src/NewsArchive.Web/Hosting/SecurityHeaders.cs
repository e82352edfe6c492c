namespace NewsArchive.Web.Hosting;

/// <summary>Headers on every response that tell the browser what this app's pages may do.</summary>
public static class SecurityHeaders
{
    /// <summary>
    /// What Blazor Server and MudBlazor need and nothing more: scripts only from this origin (Blazor Server
    /// needs no eval and no inline script), inline styles (MudBlazor sets style attributes), the circuit's
    /// WebSocket to this origin ('self' covers ws/wss of the same host in CSP Level 3), data: images
    /// (MudBlazor's inline SVG icons), no plugins, no framing, forms and &lt;base&gt; only to this origin.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // OnStarting: error pages and re-executed status pages clear headers set earlier.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            return Task.CompletedTask;
        });
        await next(context);
    });
}
