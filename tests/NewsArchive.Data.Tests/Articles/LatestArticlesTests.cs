using NewsArchive.Data.Articles;

namespace NewsArchive.Data.Tests.Articles;

public sealed class LatestArticlesTests
{
    [Fact]
    public async Task The_newest_articles_come_first_with_title_date_and_first_line()
    {
        await using var archive = await ArchiveData.CreateAsync();

        var latest = await archive.Get<LatestArticles>().ListAsync(2);

        Assert.Equal(["hancock-pushes-back", "aclu-files-suit"], latest.Select(a => a.Slug));
        Assert.Equal("2019-04-12", latest[0].Published!.Date.ToIso());
        Assert.StartsWith("Denver Mayor Michael Hancock pushed back.", latest[0].FirstLine, StringComparison.Ordinal);
    }
}
