using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace NewsArchive.Web.Hosting;

/// <summary>
/// Archive:RateLimits — per client IP, a fixed window for the API (/api/*) and another for article search
/// (/articles?q=). Generous by default: it stops floods, not readers or the app's own browser tests.
/// </summary>
public sealed record RateLimits(int PermitLimit, TimeSpan Window)
{
    public const string Section = "Archive:RateLimits";
    public const int DefaultPermitLimit = 600;
    public const int DefaultWindowSeconds = 10;

    public static RateLimits From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var permits = int.TryParse(section["PermitLimit"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : DefaultPermitLimit;
        var seconds = int.TryParse(section["WindowSeconds"], NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : DefaultWindowSeconds;
        return new RateLimits(permits, TimeSpan.FromSeconds(seconds));
    }

    /// <summary>"api", "search", or null for requests that are not limited.</summary>
    public static string? Bucket(HttpRequest request)
    {
        if (request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)) return "api";
        if (request.Path.Equals("/articles", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(request.Query["q"])) return "search";
        return null;
    }

    public static IServiceCollection AddArchiveRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = From(configuration);
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var bucket = Bucket(context.Request);
                if (bucket is null) return RateLimitPartition.GetNoLimiter("unlimited");
                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter($"{bucket}:{client}", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.PermitLimit,
                    Window = limits.Window,
                    QueueLimit = 0,
                });
            });
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var response = rejected.HttpContext.Response;
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await Results.Problem(
                    title: "Too many requests",
                    detail: $"This address made more than {limits.PermitLimit} requests in {limits.Window.TotalSeconds:0} seconds; wait a moment and try again.",
                    statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(rejected.HttpContext);
            };
        });
        return services;
    }
}
