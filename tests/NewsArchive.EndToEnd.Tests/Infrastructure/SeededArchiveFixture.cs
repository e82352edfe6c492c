namespace NewsArchive.EndToEnd.Tests.Infrastructure;

/// <summary>An archive started from the repository's own seeds folder, as on a fresh clone.</summary>
public sealed class SeededArchiveFixture : ArchiveAppFixture
{
    protected override string PrepareSeeds() => BuildPaths.SeedsDirectory;
}

[CollectionDefinition(Name)]
public sealed class SeededArchiveCollection : ICollectionFixture<SeededArchiveFixture>
{
    public const string Name = "Seeded archive";
}
