using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.SignalR;

namespace NewsArchive.Web.Hosting;

/// <summary>
/// Server-side size limits that agree with the ingest page's. Uploads travel over the Blazor circuit, in
/// messages of at most <see cref="CircuitMessageBytes"/>, each file capped by the page at UploadLimits.MaxFileBytes
/// and the count at UploadLimits.MaxFiles; no HTTP request carries a file, so a request body (sign-in,
/// sign-out, theme) needs very little.
/// </summary>
public static class RequestLimits
{
    public const long MaxRequestBodyBytes = 64 * 1024;
    public const long CircuitMessageBytes = 32 * 1024;

    public static WebApplicationBuilder AddRequestLimits(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        builder.Services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = MaxRequestBodyBytes);
        builder.Services.Configure<HubOptions>(hub => hub.MaximumReceiveMessageSize = CircuitMessageBytes);
        return builder;
    }

}
