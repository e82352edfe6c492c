using System.Net;
using System.Text.Json;
using NewsArchive.Web.Tests.Hosting;

namespace NewsArchive.Web.Tests.Security;

/// <summary>Its own app with a tiny limit (3 per minute), so the shared app's tests are never throttled.</summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private const int Burst = 3;

    private readonly RunningArchive _app = new()
    {
        Settings = new Dictionary<string, string>
        {
            ["Archive__RateLimits__PermitLimit"] = Burst.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Archive__RateLimits__WindowSeconds"] = "60",
        },
    };

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Api_answers_429_with_problem_details_after_the_configured_burst_and_search_has_its_own_budget()
    {
        for (var i = 0; i < Burst; i++)
            Assert.Equal(HttpStatusCode.OK, (await _app.Client.GetAsync("/api/articles")).StatusCode);

        var limited = await _app.Client.GetAsync("/api/articles");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await limited.Content.ReadAsStringAsync());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("Too many requests", problem.RootElement.GetProperty("title").GetString());
        Assert.True(limited.Headers.Contains("Content-Security-Policy"));

        // Search pages count separately from the API, and plain reading is not limited at all.
        for (var i = 0; i < Burst; i++)
            Assert.Equal(HttpStatusCode.OK, (await _app.Client.GetAsync($"/articles?q=council{i}")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await _app.Client.GetAsync("/articles?q=council")).StatusCode);
        for (var i = 0; i < Burst + 2; i++)
            Assert.Equal(HttpStatusCode.OK, (await _app.Client.GetAsync("/timeline")).StatusCode);
    }
}
