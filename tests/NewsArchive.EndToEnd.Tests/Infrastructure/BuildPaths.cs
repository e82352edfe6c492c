using System.Reflection;

namespace NewsArchive.EndToEnd.Tests.Infrastructure;

/// <summary>Where the repository, the built web app and the built CLI live, as recorded at build time.</summary>
public static class BuildPaths
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string SeedsDirectory => Path.Combine(RepositoryRoot, "seeds");

    public static string HostileDirectory => Path.Combine(RepositoryRoot, "tests", "Hostile");

    public static string WebDll => BuiltAssembly("WebProjectDirectory", "NewsArchive.Web.dll");

    public static string CliDll => BuiltAssembly("CliProjectDirectory", "newsarchive.dll");

    private static string BuiltAssembly(string projectKey, string fileName)
    {
        var projectDirectory = Metadata(projectKey);
        var path = Path.Combine(projectDirectory, "bin", Metadata("Configuration"), "net10.0", fileName);
        if (!File.Exists(path))
            throw new FileNotFoundException(
                $"{fileName} was not found at {path}. Build the solution (dotnet test builds it) before running these tests.");
        return path;
    }

    private static string Metadata(string key) =>
        typeof(BuildPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"Assembly metadata '{key}' is empty.");

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsArchive.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"No NewsArchive.sln above {AppContext.BaseDirectory}.");
    }
}
