using NewsArchive.Data.Articles;
using NewsArchive.Data.Ingestion;

namespace NewsArchive.Data.Tests.Ingestion;

public sealed class SeedArticleTests
{
    [Fact]
    public async Task The_seed_article_through_the_real_extractor_keeps_every_span_pointing_at_its_text()
    {
        await using var archive = await TestArchive.CreateAsync();
        var seed = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds"), "*.txt").Single();
        var result = await archive.Ingestion.IngestFileAsync(seed);

        var article = await archive.Get<ArticleBySlug>().FindAsync(result.Slug!);

        Assert.NotNull(article);
        Assert.NotEmpty(article.Entities);
        Assert.NotEmpty(article.Quotes);
        Assert.All(article.Quotes, q => Assert.Equal(q.Text, article.Body[q.Span.Start..q.Span.End]));
        Assert.All(article.Events, e => Assert.Equal(e.Text, article.Body[e.Span.Start..e.Span.End]));
        Assert.All(article.Entities.SelectMany(e => e.Mentions), m => Assert.InRange(m.End, m.Start + 1, article.Body.Length));
        Assert.All(article.Paragraphs, p => Assert.DoesNotContain("\n\n", article.Body[p.Start..p.End], StringComparison.Ordinal));
    }
}
