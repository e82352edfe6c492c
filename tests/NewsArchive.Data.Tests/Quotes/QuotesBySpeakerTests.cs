using NewsArchive.Data.Quotes;
using NewsArchive.Extraction.Dates;

namespace NewsArchive.Data.Tests.Quotes;

public sealed class QuotesBySpeakerTests
{
    [Fact]
    public async Task Quotes_by_a_speaker_are_theirs_only_newest_article_first()
    {
        await using var archive = await ArchiveData.CreateAsync();

        var page = await archive.Get<QuotesBySpeaker>().SearchAsync(new QuoteSearchQuery("michael-hancock"));

        Assert.Equal(2, page.Total);
        Assert.Equal(["Denver won't back down,", "We need to separate fact from fiction,"], page.Items.Select(q => q.Text));
        Assert.All(page.Items, q => Assert.Equal("Michael Hancock", q.Speaker!.Name));
        Assert.Equal("hancock-pushes-back", page.Items[0].ArticleSlug);
    }

    [Fact]
    public async Task Words_inside_quotes_are_searched_and_highlighted()
    {
        await using var archive = await ArchiveData.CreateAsync();

        var page = await archive.Get<QuotesBySpeaker>().SearchAsync(new QuoteSearchQuery(Text: "denver"));

        Assert.Equal(2, page.Total);
        Assert.All(page.Items, q => Assert.Contains(q.Highlight.Parts, p => p.Highlighted && p.Text == "Denver"));
    }

    [Fact]
    public async Task Speaker_and_words_together_narrow_the_quotes()
    {
        await using var archive = await ArchiveData.CreateAsync();

        var page = await archive.Get<QuotesBySpeaker>().SearchAsync(new QuoteSearchQuery("mark-silverstein", "denver"));

        var quote = Assert.Single(page.Items);
        Assert.Equal("wrote", quote.Cue);
        Assert.Equal("Mark Silverstein", quote.Speaker!.Name);
    }

    [Fact]
    public async Task The_span_of_a_quote_points_at_its_text_in_the_article()
    {
        await using var archive = await ArchiveData.CreateAsync();
        var quote = (await archive.Get<QuotesBySpeaker>().SearchAsync(new QuoteSearchQuery("mark-silverstein"))).Items.Single();

        var article = await archive.Get<Data.Articles.ArticleBySlug>().FindAsync(quote.ArticleSlug);

        Assert.Equal(quote.Text, article!.Body[quote.Span.Start..quote.Span.End]);
    }

    [Fact]
    public async Task An_unknown_speaker_has_no_quotes()
    {
        await using var archive = await ArchiveData.CreateAsync();

        var page = await archive.Get<QuotesBySpeaker>().SearchAsync(new QuoteSearchQuery("nobody-at-all"));

        Assert.Equal(0, page.Total);
        Assert.Empty(page.Items);
    }

    [Fact]
    public async Task All_returns_every_quote_including_those_without_a_speaker()
    {
        await using var archive = await ArchiveData.CreateAsync();

        var all = await archive.Get<QuotesBySpeaker>().AllAsync(null);

        Assert.Equal(4, all.Count);
        Assert.Contains(all, q => q.Speaker is null && q.Text == "Nobody knows,");
    }

    [Fact]
    public async Task A_speakers_quotes_follow_a_new_publication_date_after_an_update_in_place()
    {
        await using var archive = await TestArchive.CreateAsync();
        const string older = "\"First words,\" Ada Lovelace said.";
        const string newer = "\"Second words,\" Ada Lovelace said.";
        await new ExtractionBuilder("Older", older, PartialDate.OfDay(new DateOnly(2010, 1, 1))).Person("Ada Lovelace")
            .Quote("First words,", "Ada Lovelace").IngestAsync(archive.Ingestion, sourcePath: "/news/older.txt");
        await new ExtractionBuilder("Newer", newer, PartialDate.OfDay(new DateOnly(2012, 1, 1))).Person("Ada Lovelace")
            .Quote("Second words,", "Ada Lovelace").IngestAsync(archive.Ingestion, sourcePath: "/news/newer.txt");
        var before = await archive.Get<QuotesBySpeaker>().SearchAsync(new QuoteSearchQuery("ada-lovelace"));

        await new ExtractionBuilder("Older", older + " Corrected.", PartialDate.OfDay(new DateOnly(2014, 1, 1))).Person("Ada Lovelace")
            .Quote("First words,", "Ada Lovelace").IngestAsync(archive.Ingestion, sourcePath: "/news/older.txt");
        var after = await archive.Get<QuotesBySpeaker>().SearchAsync(new QuoteSearchQuery("ada-lovelace"));
        var sinceThirteen = await archive.Get<QuotesBySpeaker>().SearchAsync(new QuoteSearchQuery("ada-lovelace", From: new DateOnly(2013, 1, 1)));

        Assert.Equal(["Second words,", "First words,"], before.Items.Select(q => q.Text));
        Assert.Equal(["First words,", "Second words,"], after.Items.Select(q => q.Text));
        Assert.Equal(["First words,"], sinceThirteen.Items.Select(q => q.Text));
    }
}
