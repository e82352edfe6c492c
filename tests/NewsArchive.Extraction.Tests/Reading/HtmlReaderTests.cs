using System.Text;
using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Reading;

namespace NewsArchive.Extraction.Tests.Reading;

public sealed class HtmlReaderTests
{
    private static ArticleDocument Read(string html) => ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(html)), "page.html");

    private static List<string> ParagraphsOf(ArticleDocument doc) =>
        doc.Paragraphs.Select(p => doc.Body[p.Start..p.End]).ToList();

    [Fact]
    public void Read_takes_title_date_source_and_author_from_meta_tags()
    {
        var doc = ArticleReader.ReadFile(FixtureFiles.Reading("riverside-library.html"));
        Assert.Equal("Riverside Library Extends Weekend Hours", doc.Title);
        Assert.Equal(PartialDate.OfDay(new DateOnly(2022, 3, 4)), doc.Published);
        Assert.Equal("Riverside Courier", doc.Source);
        Assert.Equal("Marcus Feld", doc.Author);
    }

    [Fact]
    public void Read_keeps_article_paragraphs_and_drops_navigation_figures_asides_and_share_boxes()
    {
        var doc = ArticleReader.ReadFile(FixtureFiles.Reading("riverside-library.html"));
        Assert.Equal(
        [
            "The Riverside Library will open on Sundays from April, the board said on Thursday.",
            "\u201cReaders asked for it,\u201d said director Alma Quist. She added that staffing is funded.",
            "Funding",
            "The council approved $40,000 in January.",
        ], ParagraphsOf(doc));
    }

    [Fact]
    public void Read_picks_the_densest_block_and_the_json_ld_date_when_there_is_no_article_element()
    {
        var doc = ArticleReader.ReadFile(FixtureFiles.Reading("no-article-element.html"));
        Assert.Equal("Ferry Service Resumes", doc.Title);
        Assert.Equal(PartialDate.OfDay(new DateOnly(2020, 7, 15)), doc.Published);
        Assert.Equal(3, doc.Paragraphs.Count);
        Assert.StartsWith("The ferry between Pell Island", ParagraphsOf(doc)[0]);
    }

    [Fact]
    public void Read_takes_a_story_split_into_sibling_blocks_whole_when_there_is_no_article_element()
    {
        const string para = "<p>The council voted on Tuesday to close the two branch libraries, a decision residents had fought for months.</p>";
        var doc = Read("<title>T</title><body><nav><a href=\"/\">Home</a></nav><div class=\"story\">" +
            "<div class=\"group\">" + para + "<p>Opening words of the story come here and run long enough to matter.</p></div>" +
            "<figure><figcaption>A library in winter. Photo: Ann Lee</figcaption></figure>" +
            "<div class=\"group\">" + para + para + "<p>The closing words of the story.</p></div>" +
            "</div><footer><p>Copyright words that are not the story at all.</p></footer></body>");

        var paragraphs = ParagraphsOf(doc);
        Assert.Equal("Opening words of the story come here and run long enough to matter.", paragraphs[1]);
        Assert.Equal("The closing words of the story.", paragraphs[^1]);
        Assert.DoesNotContain(paragraphs, p => p.Contains("Photo") || p.Contains("Copyright"));
    }

    [Fact]
    public void Read_leaves_a_short_sibling_block_beside_the_story_out()
    {
        const string para = "<p>The council voted on Tuesday to close the two branch libraries, a decision residents had fought for months.</p>";
        var doc = Read("<title>T</title><body><div class=\"page\"><div class=\"story\">" + para + para + para + para + "</div>" +
            "<div class=\"promo\"><p>Sign up now.</p></div></div></body>");

        Assert.DoesNotContain(ParagraphsOf(doc), p => p.Contains("Sign up"));
        Assert.Equal(4, doc.Paragraphs.Count);
    }

    [Fact]
    public void Read_takes_paragraphs_set_in_divs_of_their_own()
    {
        var doc = Read("<title>T</title><body><article><h1>Ferry fares rise</h1>" +
            "<div class=\"body__paragraph\">Fares on the island ferry will rise in May, the operator said <b>on Monday</b>.</div>" +
            "<div class=\"body__paragraph\">\u201cWe held them for three years,\u201d said Ines Varga, its director.</div>" +
            "<div class=\"gallery\"><div class=\"body__paragraph\">Commuters pay the most.</div><p>Students pay less.</p></div>" +
            "</article></body>");
        Assert.Equal(
        [
            "Fares on the island ferry will rise in May, the operator said on Monday.",
            "\u201cWe held them for three years,\u201d said Ines Varga, its director.",
            "Commuters pay the most.",
            "Students pay less.",
        ], ParagraphsOf(doc));
    }

    [Fact]
    public void Read_leaves_out_author_boxes_set_in_divs()
    {
        var doc = Read("<title>T</title><body><article><div class=\"article-author\">By Ned Roe, Crime reporter</div>" +
            "<div class=\"text\">The court sat late on Friday.</div></article></body>");
        Assert.Equal(["The court sat late on Friday."], ParagraphsOf(doc));
    }

    [Fact]
    public void Read_prefers_h1_then_title_when_there_is_no_og_title()
    {
        Assert.Equal("Heading", Read("<html><head><title>Tab</title></head><body><h1>Heading</h1><p>Text.</p></body></html>").Title);
        Assert.Equal("Tab", Read("<html><head><title>Tab</title></head><body><p>Text.</p></body></html>").Title);
    }

    [Fact]
    public void Read_takes_the_date_from_a_time_element_when_meta_tags_lack_it()
    {
        var doc = Read("<title>T</title><article><time datetime=\"2018-11-06\">Nov 6</time><p>Voters went to the polls.</p></article>");
        Assert.Equal(PartialDate.OfDay(new DateOnly(2018, 11, 6)), doc.Published);
    }

    [Fact]
    public void Read_never_passes_markup_through_as_text()
    {
        var doc = Read("<title>T</title><article><p>Safe &lt;script&gt; text <img src=x onerror=alert(1)> here.</p></article>");
        Assert.Equal("Safe <script> text here.", doc.Body);
    }

    [Fact]
    public void Read_reads_a_page_nested_a_thousand_levels_deep()
    {
        var html = new StringBuilder("<title>Deep</title><body>");
        for (var i = 0; i < 1000; i++) html.Append("<div>");
        html.Append("<p>Bottom text.</p>");
        var doc = Read(html.ToString());
        Assert.Equal("Bottom text.", doc.Body);
    }

    [Fact]
    public void Read_refuses_a_page_nested_pathologically_deep_with_a_clear_message()
    {
        var html = new StringBuilder("<title>Deep</title><body>");
        for (var i = 0; i < 400_000; i++) html.Append("<div>");
        html.Append("<p>Bottom text.</p>");
        var error = Assert.Throws<ArticleFormatException>(() => Read(html.ToString()));
        Assert.Equal("'page.html' nests its elements more than 1,500 levels deep, too deep to be a news article.", error.Message);
    }

    [Fact]
    public void Read_does_not_count_unclosed_paragraphs_and_void_elements_as_nesting()
    {
        var html = new StringBuilder("<title>Flat</title><body><div>");
        for (var i = 0; i < 3000; i++) html.Append("<p>Line<br><img src=x>");
        html.Append("</div>");
        var doc = Read(html.ToString());
        Assert.Equal(3000, doc.Paragraphs.Count);
    }

    [Fact]
    public void Read_rejects_a_page_without_a_title()
    {
        var error = Assert.Throws<ArticleFormatException>(() => Read("<html><body><p>Text only.</p></body></html>"));
        Assert.Contains("has no title", error.Message);
    }

    [Fact]
    public void Read_prefers_a_long_story_block_to_a_short_teaser_article_element()
    {
        var story = string.Concat(Enumerable.Range(0, 5).Select(i => $"<p>Paragraph {i} of the main story, long enough to count as real article text here.</p>"));
        var doc = Read($"<title>T</title><body><article><p>Teaser card.</p></article><div class=\"story\">{story}</div></body>");
        Assert.Equal(5, doc.Paragraphs.Count);
        Assert.StartsWith("Paragraph 0", doc.Body);
    }

    [Fact]
    public void Read_leaves_out_reporting_and_editing_credit_trailers()
    {
        var doc = Read("<title>T</title><article><p>Ministers met on Monday.</p><p class=\"credit\">(Reporting by Jane Roe in Paris; Editing by John Doe)</p>"
            + "<p>Wire writer Ann Poe in Lyon contributed to this report.</p></article>");
        Assert.Equal(["Ministers met on Monday."], ParagraphsOf(doc));
    }

    [Fact]
    public void Read_prefers_json_ld_to_a_stray_time_element_outside_the_article()
    {
        var doc = Read("""
            <html><head><title>Ferry news</title>
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-02-26T18:30:00-05:00"}</script></head>
            <body><div class="print-note"><time datetime="2026-10-15">October 15, 2026</time></div>
            <main><p>The ferry resumed service on Thursday after repairs to the landing stage were finished.</p></main></body></html>
            """);
        Assert.Equal(PartialDate.OfDay(new DateOnly(2026, 2, 26)), doc.Published);
    }

    [Fact]
    public void Read_takes_a_date_stamp_paragraph_when_the_page_has_no_date_metadata()
    {
        var doc = Read("""
            <html><head><title>Ferry news</title></head>
            <body><article><h1>Ferry news</h1><p>Updated 6:05 AM ET, April 9, 2026</p>
            <p>The ferry resumed service on Wednesday after repairs to the landing stage were finished.</p></article></body></html>
            """);
        Assert.Equal(PartialDate.OfDay(new DateOnly(2026, 4, 9)), doc.Published);
        Assert.Equal(["The ferry resumed service on Wednesday after repairs to the landing stage were finished."], ParagraphsOf(doc));
    }

    [Fact]
    public void Read_takes_a_visible_date_stamp_from_a_byline_box_when_the_page_has_no_date_metadata()
    {
        var doc = Read("""
            <html><head><title>Ferry news</title></head>
            <body><article><h1>Ferry news</h1><div class="byline">By Jane Roe <span class="article-date">Monday 13 April 2026 15:02, UK</span></div>
            <p>The ferry resumed service on Monday after repairs to the landing stage were finished.</p></article></body></html>
            """);
        Assert.Equal(PartialDate.OfDay(new DateOnly(2026, 4, 13)), doc.Published);
        Assert.DoesNotContain("UK", doc.Body);
    }

    [Fact]
    public void Reads_the_copyright_year_from_the_page_footer_but_not_from_a_script()
    {
        var doc = Read("""
            <html><head><title>Ferry breaks down</title><script>/* Copyright 2031 Some Library */</script></head>
            <body><article><h1>Ferry breaks down</h1><p>The ferry stopped mid-crossing on Tuesday, officials said.</p></article>
            <footer><p>&copy; 2026 The Seattle Times Company</p></footer></body></html>
            """);
        Assert.Equal(2026, doc.CopyrightYear);
        Assert.DoesNotContain(ParagraphsOf(doc), p => p.Contains("Seattle Times Company"));
    }

    [Theory]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"dateCreated\":\"2026-02-10T14:05:00-05:00\"}</script>")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"VideoObject\",\"uploadDate\":\"2026-02-10\"}</script>")]
    [InlineData("<meta name=\"DC.date.created\" content=\"2026-02-10\">")]
    [InlineData("<meta name=\"citation_publication_date\" content=\"2026/02/10\">")]
    public void Read_takes_the_date_from_structured_data_and_meta_names_besides_date_published(string head)
    {
        var doc = Read($"<html><head><title>T</title>{head}</head><body><article><p>The board voted.</p></article></body></html>");
        Assert.Equal(PartialDate.OfDay(new DateOnly(2026, 2, 10)), doc.Published);
    }

    [Theory]
    [InlineData("<meta property=\"article:modified_time\" content=\"2026-02-11T09:00:00Z\">")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"dateModified\":\"2026-02-11\"}</script>")]
    public void Read_falls_back_to_the_last_modified_day_when_the_page_gives_no_publication_day(string head)
    {
        var doc = Read($"<html><head><title>T</title>{head}</head><body><article><p>The board voted.</p></article></body></html>");
        Assert.Equal(PartialDate.OfDay(new DateOnly(2026, 2, 11)), doc.Published);
    }

    [Fact]
    public void Read_prefers_the_publication_day_to_the_last_modified_one()
    {
        var doc = Read("<html><head><title>T</title><meta property=\"article:modified_time\" content=\"2026-02-11\">"
            + "<meta property=\"article:published_time\" content=\"2026-02-10\"></head><body><article><p>The board voted.</p></article></body></html>");
        Assert.Equal(PartialDate.OfDay(new DateOnly(2026, 2, 10)), doc.Published);
    }
}
