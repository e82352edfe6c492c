namespace NewsArchive.Cli.Tests.Commands;

public sealed class ReextractCommandTests
{
    [Fact]
    public async Task Reextract_all_refreshes_every_article_and_keeps_them()
    {
        using var sandbox = new CliSandbox();
        await sandbox.RunAsync("ingest", CliSandbox.SeedFolder);

        var run = await sandbox.RunAsync("reextract", "--all");
        var current = await sandbox.RunAsync("reextract");
        var stats = await sandbox.RunAsync("stats", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("re-extracted 1 article(s)", run.Out, StringComparison.Ordinal);
        Assert.StartsWith("re-extracted 0 article(s)", current.Out, StringComparison.Ordinal);
        Assert.Contains("\"articles\":1", stats.Out, StringComparison.Ordinal);
    }
}
