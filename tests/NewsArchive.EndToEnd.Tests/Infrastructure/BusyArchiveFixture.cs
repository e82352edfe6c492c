namespace NewsArchive.EndToEnd.Tests.Infrastructure;

/// <summary>An app of its own for tests that write to its archive while it serves, so other collections see a fixed archive.</summary>
public sealed class BusyArchiveFixture : ArchiveAppFixture
{
    protected override bool NeedsBrowser => false;

    protected override string PrepareSeeds() => BuildPaths.SeedsDirectory;
}

[CollectionDefinition(Name)]
public sealed class BusyArchiveCollection : ICollectionFixture<BusyArchiveFixture>
{
    public const string Name = "Busy archive";
}
