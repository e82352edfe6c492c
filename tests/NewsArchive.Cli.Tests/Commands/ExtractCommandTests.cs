using System.Text.Json;

namespace NewsArchive.Cli.Tests.Commands;

public sealed class ExtractCommandTests
{
    [Fact]
    public async Task Extract_prints_the_contract_json_and_touches_no_database()
    {
        using var sandbox = new CliSandbox();

        var run = await sandbox.RunAsync("extract", CliSandbox.SeedFile);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.StartsWith("Hancock Dismisses Trump Tweet", root.GetProperty("title").GetString(), StringComparison.Ordinal);
        foreach (var name in new[] { "credit", "published", "body", "people", "organizations", "places", "quotes", "events" })
            Assert.True(root.TryGetProperty(name, out _), $"missing '{name}'");
        Assert.Equal(JsonValueKind.Array, root.GetProperty("people").ValueKind);
        Assert.False(File.Exists(sandbox.DatabasePath));
    }

    [Fact]
    public async Task Published_overrides_the_date_with_day_precision_not_inferred()
    {
        using var sandbox = new CliSandbox();

        var run = await sandbox.RunAsync("extract", CliSandbox.SeedFile, "--published", "2019-04-12");

        using var json = JsonDocument.Parse(run.Out);
        var published = json.RootElement.GetProperty("published");
        Assert.Equal("2019-04-12", published.GetProperty("date").GetString());
        Assert.Equal("day", published.GetProperty("precision").GetString());
        Assert.False(published.GetProperty("inferred").GetBoolean());
    }

    [Theory]
    [InlineData("missing.txt")]
    [InlineData("notes.csv")]
    [InlineData("empty.txt")]
    public async Task Bad_input_exits_non_zero_with_one_line_on_stderr_and_nothing_on_stdout(string name)
    {
        using var sandbox = new CliSandbox();
        sandbox.Write("notes.csv", "a,b");
        sandbox.Write("empty.txt", "  \n");

        var run = await sandbox.RunAsync("extract", Path.Combine(sandbox.Folder, name));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12/04/2019")]
    [InlineData("2019-02-30")]
    [InlineData("tomorrow")]
    public async Task An_impossible_published_date_is_refused_in_one_line(string date)
    {
        using var sandbox = new CliSandbox();

        var run = await sandbox.RunAsync("extract", CliSandbox.SeedFile, "--published", date);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("--published", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task A_missing_argument_is_a_usage_error_in_one_line()
    {
        using var sandbox = new CliSandbox();

        var run = await sandbox.RunAsync("extract");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }
}
