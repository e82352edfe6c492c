using Microsoft.AspNetCore.Components;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace NewsArchive.Web.Hosting;

/// <summary>Headers on every response that tell the browser what this app's pages may do.</summary>
public static class SecurityHeaders
{
    // One CSP per import map (there is one, built from the static assets manifest); weak, like the endpoints holding it.
    private static readonly ConditionalWeakTable<ImportMapDefinition, string> PolicyByImportMap = new();

    private static readonly string PolicyWithoutImportMap = ContentSecurityPolicy(importMapHash: null);

    /// <summary>
    /// What Blazor Server and MudBlazor need and nothing more: scripts only from this origin (Blazor Server
    /// needs no eval) plus the one inline script Blazor writes, its import map, allowed by the SHA-256 of its
    /// exact text (a hash rather than a per-response nonce: the map is the same for every page of a build, and a
    /// page without per-response parts can be served from a cache); inline styles (MudBlazor sets style
    /// attributes), the circuit's WebSocket to this origin ('self' covers ws/wss of the same host in CSP Level 3),
    /// data: images (MudBlazor's inline SVG icons), no plugins, no framing, forms and &lt;base&gt; only to this origin.
    /// </summary>
    public static string ContentSecurityPolicy(string? importMapHash) =>
        $"default-src 'self'; script-src 'self'{(importMapHash is null ? "" : $" '{importMapHash}'")}; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>The CSP source that allows exactly this inline script text: 'sha256-…' of its UTF-8 bytes.</summary>
    public static string ScriptHash(string scriptText) =>
        "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(scriptText)));

    /// <summary>The policy for a response of this endpoint: pages get their import map's hash.</summary>
    public static string ContentSecurityPolicyFor(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<ImportMapDefinition>() is { } importMap
            // The ImportMap component writes exactly this text (ToString() is its JSON) inside its script element.
            ? PolicyByImportMap.GetValue(importMap, map => ContentSecurityPolicy(ScriptHash(map.ToString())))
            : PolicyWithoutImportMap;

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // OnStarting: error pages and re-executed status pages clear headers set earlier, and change the endpoint.
        context.Response.OnStarting(static state =>
        {
            var context = (HttpContext)state;
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicyFor(context.GetEndpoint());
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            return Task.CompletedTask;
        }, context);
        await next(context);
    });
}
