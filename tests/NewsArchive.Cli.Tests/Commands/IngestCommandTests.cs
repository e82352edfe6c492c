namespace NewsArchive.Cli.Tests.Commands;

public sealed class IngestCommandTests
{
    [Fact]
    public async Task Ingest_prints_a_line_per_file_and_a_summary_then_exits_zero()
    {
        using var sandbox = new CliSandbox();

        var run = await sandbox.RunAsync("ingest", CliSandbox.SeedFolder);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("archived\t", run.Out, StringComparison.Ordinal);
        Assert.Contains("Ingestion summary", run.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(sandbox.DatabasePath));
    }

    [Fact]
    public async Task Ingesting_again_reports_unchanged()
    {
        using var sandbox = new CliSandbox();
        await sandbox.RunAsync("ingest", CliSandbox.SeedFile);

        var run = await sandbox.RunAsync("ingest", CliSandbox.SeedFile);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("unchanged\t", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rejected_file_makes_the_exit_code_non_zero_and_is_listed_with_its_reason()
    {
        using var sandbox = new CliSandbox();
        var good = sandbox.Write("in/good.txt", "Good Story\n\nFine text.\n");
        var empty = sandbox.Write("in/empty.txt", "\n\n");

        var run = await sandbox.RunAsync("ingest", good, empty);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("archived\t" + good, run.Out, StringComparison.Ordinal);
        Assert.Contains("rejected\t" + empty + "\t'empty.txt' is empty.", run.Out, StringComparison.Ordinal);
        Assert.Contains("Rejected", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_glob_expands_to_matching_article_files_only()
    {
        using var sandbox = new CliSandbox();
        sandbox.Write("in/a/one.md", "# One Story\n\nText.\n");
        sandbox.Write("in/b/two.txt", "Two Story\n\nText.\n");
        sandbox.Write("in/b/three.txt", "Three Story\n\nText.\n");
        sandbox.Write("in/b/skip.json", "{}");

        var run = await sandbox.RunAsync("ingest", Path.Combine(sandbox.Folder, "in", "**", "*.txt"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, run.Out.Split('\n').Count(l => l.StartsWith("archived\t", StringComparison.Ordinal)));
        Assert.DoesNotContain("one.md", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_path_that_names_nothing_is_rejected()
    {
        using var sandbox = new CliSandbox();

        var run = await sandbox.RunAsync("ingest", Path.Combine(sandbox.Folder, "nothing-here"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("does not exist", run.Out, StringComparison.Ordinal);
    }
}
