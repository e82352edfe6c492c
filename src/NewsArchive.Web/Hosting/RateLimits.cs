using System.Globalization;

namespace NewsArchive.Web.Hosting;

/// <summary>
/// Archive:RateLimits — per client IP, a fixed window for the API (/api/*) and another for article search
/// (/articles?q=). Generous by default: it stops floods, not readers or the app's own browser tests.
/// </summary>
public sealed record RateLimits(int PermitLimit, TimeSpan Window)
{
    public const string Section = "Archive:RateLimits";
    public const int DefaultPermitLimit = 2000;
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
}
