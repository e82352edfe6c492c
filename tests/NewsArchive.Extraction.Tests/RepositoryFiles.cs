namespace NewsArchive.Extraction.Tests;

/// <summary>Finds files checked into the repository, from wherever the tests run.</summary>
internal static class RepositoryFiles
{
    public static string Path(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "NewsArchive.sln"))) dir = dir.Parent;
        if (dir is null) throw new InvalidOperationException("The repository root (NewsArchive.sln) was not found above " + AppContext.BaseDirectory);
        return System.IO.Path.Combine([dir.FullName, .. parts]);
    }
}
