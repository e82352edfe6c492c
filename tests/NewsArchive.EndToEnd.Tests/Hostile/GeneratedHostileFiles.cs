namespace NewsArchive.EndToEnd.Tests.Hostile;

/// <summary>The big hostile files, written once per test class into a temp folder and deleted after.</summary>
public sealed class GeneratedHostileFiles : IDisposable
{
    public GeneratedHostileFiles()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("newsarchive-hostile-").FullName;
        HostileCorpusGenerator.WriteAll(Directory);
    }

    public string Directory { get; }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
