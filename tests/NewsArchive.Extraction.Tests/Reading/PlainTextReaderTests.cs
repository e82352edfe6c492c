using System.Text;
using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Reading;

namespace NewsArchive.Extraction.Tests.Reading;

public sealed class PlainTextReaderTests
{
    private static ArticleDocument Read(string text) => ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "story.txt");

    private static List<string> ParagraphsOf(ArticleDocument doc) =>
        doc.Paragraphs.Select(p => doc.Body[p.Start..p.End]).ToList();

    [Fact]
    public void Read_takes_title_credit_byline_and_paragraphs_from_the_fixture()
    {
        var doc = ArticleReader.ReadFile(FixtureFiles.Reading("harbor-bridge-vote.txt"));
        Assert.Equal("Harbor Town Council Delays Vote on Bridge Repairs", doc.Title);
        Assert.Equal("Photo: Lena Marsh / Getty Images", doc.Credit);
        Assert.Equal("Priya Okafor", doc.Author);
        Assert.Equal(3, doc.Paragraphs.Count);
        Assert.StartsWith("The Harbor Town council postponed", ParagraphsOf(doc)[0]);
        Assert.Equal("The bridge, built in 1962, carries 14,000 cars a day.", ParagraphsOf(doc)[2]);
    }

    [Theory]
    [InlineData("Jane Roe at Flickr")]
    [InlineData("Photo: Jane Roe")]
    [InlineData("Credit: Office of the Governor")]
    [InlineData("Jane Roe / Getty Images")]
    [InlineData("Photograph: Jane Roe/The Daily Item")]
    [InlineData("Image: Wikimedia Commons")]
    public void Read_treats_a_short_image_credit_under_the_title_as_credit(string credit)
    {
        var doc = Read($"A Title\n{credit}\nThe story starts here.");
        Assert.Equal(credit, doc.Credit);
        Assert.Equal(["The story starts here."], ParagraphsOf(doc));
    }

    [Fact]
    public void Read_keeps_an_ordinary_first_line_as_body_not_credit()
    {
        var doc = Read("A Title\nBy the time the council voted, the mayor had left.\nMore text.");
        Assert.Null(doc.Credit);
        Assert.Null(doc.Author);
        Assert.Equal(2, doc.Paragraphs.Count);
    }

    [Fact]
    public void Read_splits_paragraphs_on_single_newlines_and_blank_lines_with_offsets()
    {
        var doc = Read("Title\n\nOne.\nTwo.\n\n\nThree.");
        Assert.Equal(["One.", "Two.", "Three."], ParagraphsOf(doc));
        Assert.Equal(new TextSpan(6, 10), doc.Paragraphs[1]);
    }

    [Fact]
    public void Read_joins_a_hard_wrapped_line_that_continues_in_lower_case()
    {
        var doc = Read("Title\n\nThe council met on a wet\nevening to vote.\nNext paragraph.");
        Assert.Equal(["The council met on a wet evening to vote.", "Next paragraph."], ParagraphsOf(doc));
    }

    [Fact]
    public void Read_rejects_a_title_without_any_text()
    {
        var error = Assert.Throws<ArticleFormatException>(() => Read("Only a title\n\n"));
        Assert.Equal("'story.txt' has a title but no article text.", error.Message);
    }

    [Theory]
    [InlineData("April 12, 2019")]
    [InlineData("12 April 2019")]
    [InlineData("Published: 2019-04-12")]
    [InlineData("Friday, April 12, 2019")]
    public void Read_takes_a_date_line_under_the_title_as_the_publication_date(string line)
    {
        var doc = Read($"A Title\nBy Jane Roe\n{line}\nThe story starts here.");
        Assert.Equal(PartialDate.OfDay(new DateOnly(2019, 4, 12)), doc.Published);
        Assert.Equal("Jane Roe", doc.Author);
        Assert.Equal(["The story starts here."], ParagraphsOf(doc));
    }

    [Fact]
    public void Read_takes_the_first_publication_stamp_and_drops_the_update_line_from_the_text()
    {
        var doc = Read("A Title\nBy Jane Roe\n03/14/2026 06:12 PM EDT\nUpdated: 03/15/2026 08:40 AM EDT\n\nThe story starts here.");
        Assert.Equal(PartialDate.OfDay(new DateOnly(2026, 3, 14)), doc.Published);
        Assert.Equal(["The story starts here."], ParagraphsOf(doc));
    }

    [Fact]
    public void Read_finds_a_date_stamp_below_a_standfirst_and_byline()
    {
        var doc = Read("Site Name\n\nA Title\n\nA standfirst that sums the story up in one line.\n\nBy Jane Roe, reporter\n\nUpdated 11:42 PM EST, December 9, 2025\n\nThe story starts here.");
        Assert.Equal(PartialDate.OfDay(new DateOnly(2025, 12, 9)), doc.Published);
        Assert.DoesNotContain("Updated", doc.Body);
    }

    [Fact]
    public void Read_splits_a_stamp_from_a_byline_on_the_same_line_and_keeps_the_byline()
    {
        var doc = Read("A Title\nBy Jane Roe | Updated March 14, 2026 at 6:05 AM ET\n\nThe story starts here.");
        Assert.Equal(PartialDate.OfDay(new DateOnly(2026, 3, 14)), doc.Published);
        Assert.Equal("Jane Roe", doc.Author);
        Assert.Equal(["The story starts here."], ParagraphsOf(doc));
    }

    [Fact]
    public void Read_takes_a_stamp_above_the_headline_and_the_next_line_as_the_title()
    {
        var doc = Read("14 March 2026 · 6 min read\nA Title\n\nThe story starts here.");
        Assert.Equal("A Title", doc.Title);
        Assert.Equal(PartialDate.OfDay(new DateOnly(2026, 3, 14)), doc.Published);
    }

    [Fact]
    public void Reads_the_copyright_year_of_a_wire_story_sign_off()
    {
        var doc = Read("Governor signs bill\n\nThe governor signed the bill on Tuesday.\n\nCopyright 2026 The Associated Press. All rights reserved.\n");
        Assert.Equal(2026, doc.CopyrightYear);
    }

    [Fact]
    public void Read_takes_the_date_and_the_byline_from_a_posted_on_line()
    {
        var doc = Read("Water main break closes Elm Street\n\nPosted on March 3, 2026 by Kim Tran\n\nA water main break closed Elm Street.");
        Assert.Equal(PartialDate.OfDay(new DateOnly(2026, 3, 3)), doc.Published);
        Assert.Equal("Kim Tran", doc.Author);
        Assert.Equal(["A water main break closed Elm Street."], ParagraphsOf(doc));
    }

    [Theory]
    [InlineData("Photos: Ashcombe carnival draws thousands")]
    [InlineData("Video: Drone footage shows the flooded Pell valley")]
    public void A_headline_that_opens_like_a_credit_line_is_still_the_title(string headline)
    {
        var doc = Read($"{headline}\n\nThousands lined the streets of Ashcombe on Saturday for the town's carnival parade.\n");
        Assert.Equal(headline, doc.Title);
    }
}
