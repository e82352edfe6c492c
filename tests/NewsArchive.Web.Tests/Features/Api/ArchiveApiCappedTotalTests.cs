using System.Text.Json;
using NewsArchive.Web.Tests.Hosting;

namespace NewsArchive.Web.Tests.Features.Api;

/// <summary>Its own app that stops counting search matches at 1, so a two-article archive already overflows the bound.</summary>
public sealed class ArchiveApiCappedTotalTests : IAsyncLifetime
{
    private readonly RunningArchive _app = new()
    {
        Settings = new Dictionary<string, string> { ["Archive__RankedMatchLimit"] = "1" },
    };

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    private async Task<JsonElement> SearchAsync(string q)
    {
        using var json = JsonDocument.Parse(await _app.Client.GetStringAsync($"/api/articles?q={Uri.EscapeDataString(q)}"));
        return json.RootElement.Clone();
    }

    [Fact]
    public async Task Search_says_its_total_is_a_lower_bound_when_it_stopped_counting()
    {
        var common = await SearchAsync("the");

        Assert.True(common.GetProperty("totalIsCapped").GetBoolean());
        Assert.Equal(1, common.GetProperty("total").GetInt32());
        Assert.True(common.GetProperty("items").GetArrayLength() >= 1);
    }

    [Fact]
    public async Task Search_with_matches_within_the_bound_gives_an_exact_total()
    {
        var rare = await SearchAsync("Hancock Dismisses");

        Assert.False(rare.GetProperty("totalIsCapped").GetBoolean());
        Assert.Equal(1, rare.GetProperty("total").GetInt32());
    }
}
