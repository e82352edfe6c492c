using System.Text;
using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Reading;

namespace NewsArchive.Extraction.Tests.Reading;

public sealed class UrlDateTests
{
    [Theory]
    [InlineData("https://www.pellsentinel.example/story/news/local/2023/06/03/barn-fire-fairgrounds/70283311007/", 2023, 6, 3)]
    [InlineData("https://www.example.co.uk/environment/2024/apr/27/lighthouse-cottages-holiday-lets", 2024, 4, 27)]
    [InlineData("https://example.com/2019/1/9/ferry?utm_source=x", 2019, 1, 9)]
    [InlineData("https://www.example.co.uk/uk-news/2024/may/27/ashcombe-carnival-returns", 2024, 5, 27)] // "May" is a full name
    [InlineData("https://www.example.com/2024/new/plans/2024/05/06/ferry", 2024, 5, 6)] // the first "/2024/new" is no date
    public void Reads_the_day_a_story_address_carries(string url, int year, int month, int day) =>
        Assert.Equal(PartialDate.OfDay(new DateOnly(year, month, day)), UrlDate.Parse(url));

    [Fact]
    public void Reads_only_the_month_when_the_address_gives_no_day() =>
        Assert.Equal(PartialDate.OfMonth(2023, 9), UrlDate.Parse("https://www.example.com/commuting/2023/09/max-line-shuts-for-two-weeks.html"));

    [Theory]
    [InlineData("https://www.example.com/news/uk-wales-68912345")]
    [InlineData("https://www.example.com/2024/news/ferry")] // "news" is no month
    [InlineData("https://www.example.com/2023/02/30/ferry")] // no such day
    [InlineData("https://www.example.com/news/ferry-2024-plans")]
    public void Reads_nothing_from_an_address_without_a_dated_path(string url) => Assert.Null(UrlDate.Parse(url));

    [Fact]
    public void A_page_without_date_metadata_takes_the_day_from_its_canonical_address_but_not_from_an_image()
    {
        var html = "<html><head><title>T</title><link rel=\"canonical\" href=\"https://example.com/news/2022/10/04/pier-reopens/\"></head>" +
            "<body><article><img src=\"https://img.example.com/2019/03/03/pier.jpg\"><p>The pier reopened on Tuesday after repairs.</p></article></body></html>";
        var doc = ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(html)), "page.html");
        Assert.Equal(PartialDate.OfDay(new DateOnly(2022, 10, 4)), doc.Published);
    }

    [Fact]
    public void A_page_takes_its_day_from_microdata_on_any_element_before_its_address()
    {
        var html = "<html><head><title>T</title><link rel=\"canonical\" href=\"https://example.com/news/2022/10/01/pier/\"></head><body><article>" +
            "<span itemprop=\"datePublished\" content=\"2022-10-04T09:00:00Z\">Oct. 4</span><p>The pier reopened on Tuesday after repairs.</p></article></body></html>";
        var doc = ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(html)), "page.html");
        Assert.Equal(PartialDate.OfDay(new DateOnly(2022, 10, 4)), doc.Published);
    }

    [Fact]
    public void A_markdown_story_without_a_date_key_takes_the_day_from_its_url_key()
    {
        var md = "---\ntitle: Pier reopens\nurl: https://example.com/news/2022/10/04/pier-reopens/\n---\n\nThe pier reopened on Tuesday.\n";
        var doc = ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(md)), "story.md");
        Assert.Equal(PartialDate.OfDay(new DateOnly(2022, 10, 4)), doc.Published);
    }

    private static ArticleDocument ReadText(string text, string name) => ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), name);

    private const string FerryCut = "<html><head><title>Ferry service cut</title><link rel=\"canonical\" href=\"https://example.com/news/2023/09/ferry-cut.html\">";

    [Fact]
    public void A_lead_stamp_day_in_the_address_month_beats_the_month()
    {
        var doc = ReadText(FerryCut + "</head><body><article><p>Updated 6:05 AM ET, Sept. 14, 2023</p>" +
            "<p>The Pell Island ferry will run twice a day instead of four times from next month, the operator said.</p></article></body></html>", "page.html");
        Assert.Equal(PartialDate.OfDay(new DateOnly(2023, 9, 14)), doc.Published);
    }

    [Fact]
    public void A_modified_day_in_the_address_month_beats_the_month()
    {
        var doc = ReadText(FerryCut.Replace("</title>", "</title><meta property=\"article:modified_time\" content=\"2023-09-14T10:00:00Z\">") +
            "</head><body><article><p>The Pell Island ferry will run twice a day instead of four times from next month.</p></article></body></html>", "page.html");
        Assert.Equal(PartialDate.OfDay(new DateOnly(2023, 9, 14)), doc.Published);
    }

    [Fact]
    public void A_modified_day_outside_the_address_month_does_not()
    {
        var doc = ReadText(FerryCut.Replace("</title>", "</title><meta property=\"article:modified_time\" content=\"2024-01-03T10:00:00Z\">") +
            "</head><body><article><p>The Pell Island ferry will run twice a day instead of four times from next month.</p></article></body></html>", "page.html");
        Assert.Equal(PartialDate.OfMonth(2023, 9), doc.Published);
    }

    [Fact]
    public void A_markdown_modified_day_in_the_address_month_beats_the_month()
    {
        var doc = ReadText("---\ntitle: Ferry service cut\nurl: https://example.com/news/2023/09/ferry-cut.html\nupdated: 2023-09-14\n---\n\n" +
            "The Pell Island ferry will run twice a day instead of four times from next month.\n", "t.md");
        Assert.Equal(PartialDate.OfDay(new DateOnly(2023, 9, 14)), doc.Published);
    }
}
