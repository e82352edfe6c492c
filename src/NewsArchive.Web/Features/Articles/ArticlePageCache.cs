using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;
using NewsArchive.Data.Storage;
using NewsArchive.Web.Features.Preferences;

namespace NewsArchive.Web.Features.Articles;

/// <summary>
/// Serves repeat reads of an article page from memory. Rendering the page (five queries, the layout, the
/// annotated body) costs milliseconds of CPU; a copy costs microseconds. A copy is the response Blazor wrote,
/// byte for byte (so every character of the article is as escaped as on a fresh render), with one hole: the
/// theme form's antiforgery token, which is per reader and so is made fresh for every response, exactly as the
/// form would get it. Copies are kept per address, theme and <see cref="ArchiveChanges"/> generation: once
/// anything is ingested, re-ingested or removed, by this app or the CLI, every later request misses the old
/// copies and renders the new state. Only anonymous GETs without a query string are served from copies, and only
/// pages the <see cref="ArticlePage"/> itself marked as a good answer (<see cref="AllowCaching"/>).
/// </summary>
public sealed class ArticlePageCache(ArchiveChanges changes, IAntiforgery antiforgery) : IDisposable
{
    /// <summary>About 1,500 article pages of ~40 KB; the least recently read go first.</summary>
    internal const long SizeLimitBytes = 64L * 1024 * 1024;

    private const string CacheableKey = "NewsArchive.ArticlePageCache.Cacheable";

    // Headers that belong to one response, or that the antiforgery call and the security headers set again.
    private static readonly HashSet<string> PerResponseHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Set-Cookie", "Cache-Control", "Pragma", "X-Frame-Options", "Content-Length", "Date", "Server", "Transfer-Encoding",
    };

    private readonly MemoryCache _pages = new(new MemoryCacheOptions { SizeLimit = SizeLimitBytes });

    /// <summary>Called by the article page once it has rendered the article itself (not an error or a 404).</summary>
    public static void AllowCaching(HttpContext context) => context.Items[CacheableKey] = true;

    public void Dispose() => _pages.Dispose();

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!AppliesTo(context) || changes.CurrentGeneration() is not { } generation)
        {
            await next(context);
            return;
        }
        var key = new PageKey(context.Request.Path.Value ?? "", ThemePreference.IsDark(context.Request),
            context.Request.Headers.Accept.ToString().Contains("blazor-enhanced-nav", StringComparison.Ordinal), generation);
        if (_pages.TryGetValue(key, out CachedPage? page))
        {
            await WriteAsync(context, page!);
            return;
        }

        var response = context.Response;
        var originalBody = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        using var buffer = new MemoryStream();
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(buffer, originalBody));
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(originalBody);
        }
        if (context.Items.ContainsKey(CacheableKey) && response.StatusCode == StatusCodes.Status200OK)
        {
            Store(key, context, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        }
        if (buffer.Length > 0)
        {
            response.ContentLength = buffer.Length;
            await originalBody.Writer.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), context.RequestAborted);
        }
    }

    private static bool AppliesTo(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method)
        && !context.Request.QueryString.HasValue
        && context.User.Identity?.IsAuthenticated != true
        && context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type == typeof(ArticlePage);

    private void Store(PageKey key, HttpContext context, ReadOnlySpan<byte> body)
    {
        // The token this response's forms carry (the antiforgery feature hands out the same one all request long).
        var token = Encoding.UTF8.GetBytes(antiforgery.GetAndStoreTokens(context).RequestToken ?? "");
        var at = token.Length == 0 ? -1 : body.IndexOf(token);
        // Exactly one form with exactly one token, or no copy: a copy must never hand out one reader's token.
        if (at < 0 || body[(at + token.Length)..].IndexOf(token) >= 0) return;
        var headers = context.Response.Headers
            .Where(h => !PerResponseHeaders.Contains(h.Key))
            .Select(h => KeyValuePair.Create(h.Key, h.Value))
            .ToArray();
        var page = new CachedPage(body[..at].ToArray(), body[(at + token.Length)..].ToArray(), headers);
        _pages.Set(key, page, new MemoryCacheEntryOptions
        {
            Size = page.Before.Length + page.After.Length,
            // Copies of an old generation are never asked for again; this returns their memory.
            SlidingExpiration = TimeSpan.FromMinutes(10),
        });
    }

    private async Task WriteAsync(HttpContext context, CachedPage page)
    {
        // Stores the antiforgery cookie when the reader has none, and marks the response not cacheable, as a render does.
        var token = Encoding.UTF8.GetBytes(antiforgery.GetAndStoreTokens(context).RequestToken!);
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        foreach (var (name, value) in page.Headers) response.Headers[name] = value;
        response.ContentLength = page.Before.Length + token.Length + page.After.Length;
        var writer = response.BodyWriter;
        writer.Write(page.Before);
        writer.Write(token);
        writer.Write(page.After);
        await writer.FlushAsync(context.RequestAborted);
    }

    private sealed record PageKey(string Path, bool Dark, bool EnhancedNavigation, long Generation);

    private sealed record CachedPage(byte[] Before, byte[] After, KeyValuePair<string, StringValues>[] Headers);
}
