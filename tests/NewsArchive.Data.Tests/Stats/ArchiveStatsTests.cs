using NewsArchive.Data.Stats;

namespace NewsArchive.Data.Tests.Stats;

public sealed class ArchiveStatsTests
{
    [Fact]
    public async Task Counts_are_per_table_and_per_entity_kind()
    {
        await using var archive = await ArchiveData.CreateAsync();

        var counts = await archive.Get<ArchiveStats>().CountAsync();

        Assert.Equal(new ArchiveCounts(Articles: 3, People: 3, Organizations: 1, Places: 1, Quotes: 4, Events: 4), counts);
    }
}
