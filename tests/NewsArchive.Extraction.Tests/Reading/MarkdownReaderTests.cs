using System.Text;
using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Reading;

namespace NewsArchive.Extraction.Tests.Reading;

public sealed class MarkdownReaderTests
{
    private static List<string> ParagraphsOf(ArticleDocument doc) =>
        doc.Paragraphs.Select(p => doc.Body[p.Start..p.End]).ToList();

    [Fact]
    public void Read_takes_metadata_from_yaml_front_matter()
    {
        var doc = ArticleReader.ReadFile(FixtureFiles.Reading("orchard-festival.md"));
        Assert.Equal("Orchard Festival Returns to Millbrook", doc.Title);
        Assert.Equal(PartialDate.OfDay(new DateOnly(2021, 9, 18)), doc.Published);
        Assert.Equal("The Millbrook Ledger", doc.Source);
        Assert.Equal("Dana Whitcombe", doc.Author);
        Assert.Equal("https://example.org/orchard-festival", doc.Url);
    }

    [Fact]
    public void Read_turns_headings_quotes_and_list_items_into_plain_paragraphs_without_html_or_code()
    {
        var doc = ArticleReader.ReadFile(FixtureFiles.Reading("orchard-festival.md"));
        Assert.Equal(
        [
            "A heading that is not the title",
            "The festival drew 4,000 visitors on Saturday, organisers said.",
            "\"It was our best year,\" said Ms Ellery, the festival's chair.",
            "Cider tastings sold out by noon.",
            "A new stage hosted local bands.",
        ], ParagraphsOf(doc));
    }

    [Fact]
    public void Read_falls_back_to_the_first_heading_for_the_title()
    {
        var doc = ArticleReader.ReadFile(FixtureFiles.Reading("heading-title.md"));
        Assert.Equal("Quarry Road Closes for Resurfacing", doc.Title);
        Assert.Null(doc.Published);
        Assert.Equal(["Crews began work on Quarry Road on Monday.", "The road will reopen in June."], ParagraphsOf(doc));
    }

    [Fact]
    public void Read_accepts_date_as_the_published_key_and_a_full_timestamp()
    {
        var md = "---\ntitle: T\ndate: 2020-02-29T23:30:00+01:00\n---\nText here.";
        var doc = ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(md)), "t.md");
        Assert.Equal(PartialDate.OfDay(new DateOnly(2020, 2, 29)), doc.Published);
    }

    [Fact]
    public void Read_rejects_front_matter_that_is_not_valid_yaml()
    {
        var md = "---\ntitle: [unclosed\n---\nText here.";
        var error = Assert.Throws<ArticleFormatException>(() => ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(md)), "t.md"));
        Assert.Equal("'t.md' has front matter that is not valid YAML.", error.Message);
    }

    [Fact]
    public void Read_rejects_front_matter_that_never_closes_and_says_so()
    {
        var md = "---\ntitle: Council Delays Vote\ndate: 2019-04-12\n\nThe council met on Tuesday.";
        var error = Assert.Throws<ArticleFormatException>(() => ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(md)), "t.md"));
        Assert.Equal("'t.md' opens front matter with '---' but never closes it with a second '---' line.", error.Message);
    }

    [Fact]
    public void Read_keeps_an_article_that_merely_starts_with_a_rule()
    {
        var md = "---\n\n# Council Delays Vote\n\nThe council met on Tuesday: no vote yet.";
        var doc = ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(md)), "t.md");
        Assert.Equal("Council Delays Vote", doc.Title);
    }

    [Fact]
    public void Read_rejects_markdown_without_any_title()
    {
        var md = "Just a paragraph.";
        var error = Assert.Throws<ArticleFormatException>(() => ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(md)), "t.md"));
        Assert.Contains("has no title", error.Message);
    }

    [Theory]
    [InlineData(200000, false)]
    [InlineData(3000, true)]
    public void Read_refuses_pathologically_nested_markdown_with_a_clear_message(int depth, bool asList)
    {
        var md = asList
            ? "# Deep\n\n" + string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', 2 * i) + "- item\n"))
            : "# Deep\n\n" + new string('>', depth) + " text\n";
        var error = Assert.Throws<ArticleFormatException>(() => ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(md)), "t.md"));
        Assert.Equal("'t.md' nests its Markdown too deeply to be a news article.", error.Message);
    }

    [Fact]
    public void Read_refuses_inline_markup_nested_past_markdigs_limit()
    {
        var md = "# Deep\n\n" + new string('*', 100000) + "x" + new string('*', 100000) + "\n\n" + new string('[', 100000) + "\n";
        var error = Assert.Throws<ArticleFormatException>(() => ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(md)), "t.md"));
        Assert.Contains("too deeply", error.Message);
    }

    [Fact]
    public void Read_leaves_out_a_contributor_trailer()
    {
        var md = "---\ntitle: T\n---\nMinisters met on Monday.\n\nWire writer Ann Poe in Lyon contributed to this report.\n";
        var doc = ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(md)), "t.md");
        Assert.Equal(["Ministers met on Monday."], ParagraphsOf(doc));
    }

    [Fact]
    public void Read_takes_the_source_from_a_site_key_when_the_front_matter_has_no_source()
    {
        const string md = "---\ntitle: A title\nsite: The Wessex Courier\n---\n\nThe council met on Monday.\n";
        var doc = ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(md)), "t.md");
        Assert.Equal("The Wessex Courier", doc.Source);
    }

    [Theory]
    [InlineData("pubDate: 2026-07-01")]
    [InlineData("date_published: \"July 1, 2026\"")]
    [InlineData("publish_date: 2026-07-01T08:00:00Z")]
    public void Read_takes_the_date_from_the_keys_site_generators_use_for_it(string key)
    {
        var md = $"---\ntitle: T\n{key}\n---\n\nThe food bank served more families.";
        var doc = ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(md)), "t.md");
        Assert.Equal(PartialDate.OfDay(new DateOnly(2026, 7, 1)), doc.Published);
    }

    [Fact]
    public void Read_takes_the_date_from_a_front_matter_stamp_with_a_time_zone_abbreviation()
    {
        const string md = "---\ntitle: Bridge vote\ndate: 2026-09-16 05:30 EDT\n---\n\nThe council voted on the bridge on Tuesday.\n";
        var doc = ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(md)), "t.md");
        Assert.Equal(PartialDate.OfDay(new DateOnly(2026, 9, 16)), doc.Published);
    }

    [Fact]
    public void Read_takes_the_date_from_a_byline_paragraph_and_keeps_the_byline()
    {
        const string md = "# Bridge vote\n\nBy Jane Roe and Sam Poe | 09/16/2026 05:30 AM EDT\n\nThe council voted on the bridge on Tuesday.\n";
        var doc = ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(md)), "t.md");
        Assert.Equal(PartialDate.OfDay(new DateOnly(2026, 9, 16)), doc.Published);
        Assert.Equal(["By Jane Roe and Sam Poe", "The council voted on the bridge on Tuesday."], ParagraphsOf(doc));
    }
}
