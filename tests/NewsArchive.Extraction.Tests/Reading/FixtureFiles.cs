namespace NewsArchive.Extraction.Tests.Reading;

/// <summary>Finds files checked in beside the tests, from the test assembly's output folder.</summary>
internal static class FixtureFiles
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Reading(string name) =>
        Path.Combine(RepositoryRoot, "tests", "NewsArchive.Extraction.Tests", "Reading", "Fixtures", name);

    public static string Seed(string name) => Path.Combine(RepositoryRoot, "seeds", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsArchive.sln"))) return dir.FullName;
        throw new InvalidOperationException("The repository root (NewsArchive.sln) was not found above the test output folder.");
    }
}
