using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace NewsArchive.Web.Features.Api;

/// <summary>
/// JSON with a strong ETag computed from the exact bytes sent. A request whose If-None-Match
/// carries that tag gets 304 and no body; "no-cache" makes clients revalidate each time, which is
/// cheap, instead of showing stale results after an ingest.
/// </summary>
public sealed class ETaggedJson<T>(T value) : IResult
{
    public T Value { get; } = value;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var options = httpContext.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value;
        var body = JsonSerializer.SerializeToUtf8Bytes(Value, options.SerializerOptions);
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(body), 0, 16)}\"");

        var response = httpContext.Response;
        response.Headers.ETag = etag.ToString();
        response.Headers.CacheControl = "no-cache";

        if (EntityTagHeaderValue.TryParseList(httpContext.Request.Headers.IfNoneMatch, out var tags)
            && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, httpContext.RequestAborted);
    }
}

public static class ETaggedJson
{
    public static ETaggedJson<T> Of<T>(T value) => new(value);
}
