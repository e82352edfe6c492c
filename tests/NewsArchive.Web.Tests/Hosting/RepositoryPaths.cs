namespace NewsArchive.Web.Tests.Hosting;

/// <summary>Finds the repository and the web project's build output from the test's own output folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string WebProject => Path.Combine(Root, "src", "NewsArchive.Web");

    /// <summary>The web app as its own project built it (same configuration as these tests).</summary>
    public static string WebAssembly
    {
        get
        {
            // AppContext.BaseDirectory is …/bin/{Configuration}/{tfm}/
            var tfmFolder = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = tfmFolder.Parent!.Name;
            var path = Path.Combine(WebProject, "bin", configuration, tfmFolder.Name, "NewsArchive.Web.dll");
            return File.Exists(path) ? path : Path.Combine(AppContext.BaseDirectory, "NewsArchive.Web.dll");
        }
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NewsArchive.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException("NewsArchive.sln was not found above the test output folder.");
    }
}
