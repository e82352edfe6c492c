using System.Diagnostics;

namespace NewsArchive.Cli.Tests;

/// <summary>The built tool as a separate process: configuration from the environment, exit codes, streams.</summary>
public sealed class ProcessTests
{
    private static async Task<CliOutput> RunProcessAsync(IDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "newsarchive.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new CliOutput(process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task The_database_comes_from_the_ConnectionStrings__Archive_environment_variable()
    {
        using var sandbox = new CliSandbox();
        var environment = new Dictionary<string, string> { ["ConnectionStrings__Archive"] = $"Data Source={sandbox.DatabasePath}" };

        var ingest = await RunProcessAsync(environment, "ingest", CliSandbox.SeedFile);
        var stats = await RunProcessAsync(environment, "stats", "--json");

        Assert.Equal(0, ingest.ExitCode);
        Assert.True(File.Exists(sandbox.DatabasePath));
        Assert.Contains("\"articles\":1", stats.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_of_a_bad_file_exits_non_zero_with_one_line_and_no_stack_trace()
    {
        using var sandbox = new CliSandbox();
        var bad = sandbox.Write("bad.pdf", "%PDF-1.4");

        var run = await RunProcessAsync(new Dictionary<string, string>(), "extract", bad);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_built_tool_runs_without_dynamic_PGO()
    {
        // A bulk ingest is too short for dynamic PGO to pay for its extra compilations (docs/benchmarks.md).
        using var config = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "newsarchive.runtimeconfig.json")));

        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.False(properties.GetProperty("System.Runtime.TieredPGO").GetBoolean());
    }

    [Fact]
    public void The_built_tool_runs_with_server_GC()
    {
        // Collections pause the single database writer of a bulk ingest; a heap per core pauses it far less.
        using var config = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "newsarchive.runtimeconfig.json")));

        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.True(properties.GetProperty("System.GC.Server").GetBoolean());
    }
}
