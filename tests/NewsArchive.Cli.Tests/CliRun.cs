using Microsoft.Extensions.Configuration;

namespace NewsArchive.Cli.Tests;

/// <summary>The result of running the real command line in-process.</summary>
public sealed record CliOutput(int ExitCode, string Out, string Error);

/// <summary>A temp folder with its own archive file; runs `newsarchive` commands against it in-process.</summary>
public sealed class CliSandbox : IDisposable
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "newsarchive-cli-tests", Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(Folder, "archive.db");

    public CliSandbox() => Directory.CreateDirectory(Folder);

    public static string SeedFolder => Path.Combine(AppContext.BaseDirectory, "Seeds");

    public static string SeedFile => Directory.GetFiles(SeedFolder, "*.txt").Single();

    public async Task<CliOutput> RunAsync(params string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Archive"] = $"Data Source={DatabasePath}" })
            .Build();
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, new CliConsole(output, error, IsTerminal: false), configuration);
        return new CliOutput(code, output.ToString(), error.ToString());
    }

    public string Write(string relativePath, string content)
    {
        var path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
