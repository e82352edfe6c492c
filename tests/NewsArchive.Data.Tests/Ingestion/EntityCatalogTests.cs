using NewsArchive.Data.Ingestion;

namespace NewsArchive.Data.Tests.Ingestion;

public sealed class EntityCatalogTests
{
    [Fact]
    public async Task Candidates_are_read_from_the_name_surname_and_alias_indexes_instead_of_scanning_every_entity()
    {
        await using var archive = await TestArchive.CreateAsync();
        await using var db = archive.NewContext();

        var plan = await QueryPlan.OfAsync(archive.DatabasePath, EntityCatalog.Candidates(db, ["denver", "walker"]));

        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN e", StringComparison.Ordinal));
        Assert.Contains(plan, step => step.Contains("IX_EntityAliases_NormalizedName", StringComparison.Ordinal));
    }
}
