namespace NewsArchive.EndToEnd.Tests.Infrastructure;

/// <summary>
/// An archive whose seeds folder (a temp copy) also holds hostile HTML and Markdown articles full of scripts,
/// event handlers, javascript: links and iframes, so the app ingests them through its ordinary start-up path.
/// </summary>
public sealed class HostileArchiveFixture : ArchiveAppFixture
{
    /// <summary>The hostile articles added to the seeds; every payload sets window.__pwned and document.title.</summary>
    public static IReadOnlyList<string> ScriptArticles { get; } =
        ["script-tags.html", "event-handlers.html", "javascript-links.html", "iframes.html", "markdown-raw-html.md"];

    protected override string PrepareSeeds()
    {
        var seeds = Directory.CreateDirectory(Path.Combine(WorkDirectory, "seeds")).FullName;
        foreach (var file in Directory.GetFiles(BuildPaths.SeedsDirectory))
            File.Copy(file, Path.Combine(seeds, Path.GetFileName(file)));
        foreach (var name in ScriptArticles)
            File.Copy(Path.Combine(BuildPaths.HostileDirectory, name), Path.Combine(seeds, name));
        return seeds;
    }
}

[CollectionDefinition(Name)]
public sealed class HostileArchiveCollection : ICollectionFixture<HostileArchiveFixture>
{
    public const string Name = "Hostile archive";
}
