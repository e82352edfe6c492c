using System.Text.Json;

namespace NewsArchive.Cli.Tests.Commands;

public sealed class StatsCommandTests
{
    [Fact]
    public async Task Stats_json_has_exactly_the_six_counts()
    {
        using var sandbox = new CliSandbox();
        await sandbox.RunAsync("ingest", CliSandbox.SeedFolder);

        var run = await sandbox.RunAsync("stats", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(
            ["articles", "people", "organizations", "places", "quotes", "events"],
            json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, json.RootElement.GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task Stats_on_a_new_archive_creates_it_and_counts_zero()
    {
        using var sandbox = new CliSandbox();

        var run = await sandbox.RunAsync("stats");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("articles", run.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(sandbox.DatabasePath));
    }
}
