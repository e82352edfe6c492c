namespace NewsArchive.Cli.Tests.Commands;

public sealed class HelpTests
{
    [Theory]
    [InlineData("extract")]
    [InlineData("ingest")]
    [InlineData("reextract")]
    [InlineData("stats")]
    [InlineData("export")]
    [InlineData("export", "quotes")]
    [InlineData("export", "timeline")]
    public async Task Every_command_has_help(params string[] command)
    {
        using var sandbox = new CliSandbox();

        var run = await sandbox.RunAsync([.. command, "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Out, StringComparison.Ordinal);
        // In-process the root is named after the test host, so the usage line is checked from the command on.
        Assert.Contains($" {string.Join(' ', command)} ", run.Out, StringComparison.Ordinal);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public async Task An_unknown_command_is_a_usage_error()
    {
        using var sandbox = new CliSandbox();

        var run = await sandbox.RunAsync("frobnicate");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
    }
}
