using NewsArchive.Data.Articles;
using NewsArchive.Extraction;
using NewsArchive.Extraction.Dates;

namespace NewsArchive.Data.Tests.Articles;

public sealed class ArticleBySlugTests
{
    [Fact]
    public async Task An_article_comes_with_its_paragraphs_entities_quotes_and_events()
    {
        await using var archive = await ArchiveData.CreateAsync();

        var article = await archive.Get<ArticleBySlug>().FindAsync("hancock-pushes-back");

        Assert.NotNull(article);
        Assert.Equal("Hancock Pushes Back", article.Title);
        Assert.Equal(new PublicationDate(PartialDate.OfDay(new DateOnly(2019, 4, 12)), false), article.Published);
        Assert.Single(article.Paragraphs);
        var hancock = article.Entities.Single(e => e.Entity.Slug == "michael-hancock");
        Assert.Equal(["Mayor of Denver"], hancock.Roles);
        Assert.All(hancock.Mentions, m => Assert.Contains(article.Body[m.Start..m.End], new[] { "Hancock", "Denver Mayor Michael Hancock" }));
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("Michael Hancock", quote.Speaker!.Name);
        Assert.Equal(quote.Text, article.Body[quote.Span.Start..quote.Span.End]);
        Assert.Equal(["2018", "2018-01"], article.Events.Select(e => e.Date.Iso));
        Assert.Equal(EntityKind.Organization, article.Events[0].Actors.Single(a => a.Slug == "ice").Kind);
    }

    [Fact]
    public async Task An_unknown_slug_finds_nothing()
    {
        await using var archive = await ArchiveData.CreateAsync();

        Assert.Null(await archive.Get<ArticleBySlug>().FindAsync("no-such-article"));
    }

    [Fact]
    public async Task Paragraphs_of_an_ingested_file_are_recovered_from_the_body()
    {
        await using var archive = await TestArchive.CreateAsync();
        var result = await archive.Ingestion.IngestFileAsync(archive.WriteArticle("a.txt", "Three Paragraphs", "One.", "Two.", "Three."));

        var article = await archive.Get<ArticleBySlug>().FindAsync(result.Slug!);

        Assert.Equal(["One.", "Two.", "Three."], article!.Paragraphs.Select(p => article.Body[p.Start..p.End]));
    }
}
