using System.Text;
using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Reading;

namespace NewsArchive.Extraction.Tests.Reading;

public sealed class FurnitureTests
{
    private static List<string> ParagraphsOf(ArticleDocument doc) =>
        doc.Paragraphs.Select(p => doc.Body[p.Start..p.End]).ToList();

    private static ArticleDocument Read(string content, string name) => ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(content)), name);

    [Theory]
    [InlineData("Advertisement")]
    [InlineData("ADVERTISEMENT")]
    [InlineData("Story continues below advertisement")]
    [InlineData("Share this article:")]
    [InlineData("Read more »")]
    [InlineData("Related Stories")]
    [InlineData("12 Comments")]
    [InlineData("Comments (3)")]
    [InlineData("© 2019 The Eastfield Echo")]
    [InlineData("(c) 2019 The Eastfield Echo")]
    [InlineData("Copyright 2021 Harbor Media. All rights reserved.")]
    [InlineData("Updated 3:45 p.m.")]
    [InlineData("Posted 2 hours ago")]
    [InlineData("Photograph: Ann Lee/PA")]
    [InlineData("Image: Harbour Trust")]
    public void A_label_a_count_a_copyright_or_a_dayless_stamp_is_furniture(string line) =>
        Assert.True(FurnitureParagraph.IsFurniture(line));

    [Theory]
    [InlineData("Advertisement revenue fell by a third last year, the company said.")]
    [InlineData("Copyright law was changed in 1998.")]
    [InlineData("Share prices fell 4% on Monday.")]
    [InlineData("Updated 3:45 p.m., March 4, 2024")] // a stamp with its day is read for the date, not merely left out
    [InlineData("More than 300 people attended.")]
    [InlineData("(c) any person who obstructs an officer in the exercise of these powers.")] // a clause of a law, no notice
    [InlineData("She posted a photo of the flooded street on Instagram.")]
    public void Prose_and_dated_stamps_are_not_furniture(string line) =>
        Assert.False(FurnitureParagraph.IsFurniture(line));

    [Theory]
    [InlineData("Jo Pike covers city hall for the Examiner. Reach her at jpike@example.com.")]
    [InlineData("Contact Sam Odell at sodell@example.com. Follow him on X @samodell.")]
    [InlineData("Rui Almeida can be reached at ralmeida@example.com.")]
    [InlineData("Write to Nell Hart at nell.hart@example.com")]
    [InlineData("— Ivo Brandt; ibrandt@example.com; @ivobrandt")]
    [InlineData("Email: newsroom@example.com")]
    public void A_writers_contact_note_is_recognized(string line) => Assert.True(WriterContact.IsContact(line));

    [Theory]
    [InlineData("Anyone with information can contact Lakeside Police via social media @LakesidePD or call 101.")]
    [InlineData("Residents who want a permit should email the parks office at parks@example.gov before March 1, the city said in a statement on its website.")]
    [InlineData("The director, who covers the costs herself, said the shelter would stay open.")] // no address
    [InlineData("Police urged anyone with information to contact them at appeals@pell.police.uk or call 101.")] // an appeal
    [InlineData("\"Follow us on Instagram @ashcombelibrary for updates,\" a spokesman said.")] // a quotation
    [InlineData("The scheme covers all homes; details at @PellCouncil.")] // no writer covers it
    public void A_story_paragraph_with_an_address_or_the_word_covers_is_not_a_contact_note(string line) =>
        Assert.False(WriterContact.IsContact(line));

    [Fact]
    public void Html_leaves_out_a_long_comment_thread_after_a_short_story()
    {
        var comments = string.Concat(Enumerable.Repeat("<div class=\"c-item\"><p>A reader wrote a long comment about the ferry timetable, the fares and the car park, and how it all used to be better. </p></div>", 8));
        var doc = Read("<html><head><title>Ferry timetable changes</title></head><body><div class=\"story\"><h1>Ferry timetable changes</h1>" +
            "<p>The Pell Island ferry will run twice a day from Monday.</p><p>The operator blamed a shortage of crew.</p></div>" +
            "<section id=\"comments\" class=\"comments-area\">" + comments + "</section></body></html>", "page.html");
        Assert.Equal(["The Pell Island ferry will run twice a day from Monday.", "The operator blamed a shortage of crew."], ParagraphsOf(doc));
    }

    [Fact]
    public void Html_keeps_a_quoted_paragraph_whose_names_are_auto_linked()
    {
        var doc = Read("<title>T</title><article>" +
            "<p>The council voted on Monday against the plan to close Ashcombe library on Sundays.</p>" +
            "<p><a href=\"/t/jane-roe\">Jane Roe</a>, <a href=\"/t/ashcombe-council\">Ashcombe council</a> leader, said: \"No.\"</p>" +
            "</article>", "page.html");
        Assert.Equal(2, doc.Paragraphs.Count);
    }

    [Fact]
    public void Html_leaves_out_link_teasers_but_keeps_a_paragraph_that_links_a_few_words()
    {
        var doc = Read("<title>T</title><article>" +
            "<p>The <a href=\"/c\">county council</a> agreed on Monday to resurface the coast road before the summer.</p>" +
            "<p><strong>Read more:</strong> <a href=\"/x\">Coast road closed after rockfall last winter</a></p>" +
            "<p>Work will start in May and last six weeks, the council said.</p>" +
            "<h3>You might be interested in:</h3><ul><li><a href=\"/a\">Bus fares to rise</a></li><li><a href=\"/b\">New car park opens</a></li></ul>" +
            "</article>", "page.html");
        Assert.Equal(
        [
            "The county council agreed on Monday to resurface the coast road before the summer.",
            "Work will start in May and last six weeks, the council said.",
        ], ParagraphsOf(doc));
    }

    [Fact]
    public void Html_keeps_a_story_in_a_layout_box_whose_class_names_a_sidebar_or_ads_but_drops_real_sidebars()
    {
        const string story = "<p>The harbour board approved the new berth on Friday after two years of delays and objections.</p>";
        var doc = Read("<title>T</title><body><div class=\"page with-sidebar\"><div class=\"main-column\">" + story + story +
            "<div class=\"ad-slot\"><p>Advertisement text for a car dealer.</p></div></div>" +
            "<div class=\"sidebar\"><p>Trending: ten things to do this weekend.</p></div></div></body>", "page.html");
        Assert.Equal(2, doc.Paragraphs.Count);
        Assert.All(ParagraphsOf(doc), p => Assert.StartsWith("The harbour board", p));
    }

    [Fact]
    public void A_lead_date_stamp_leaves_the_text_also_when_the_metadata_gave_the_date()
    {
        var doc = Read("<html><head><meta property=\"article:published_time\" content=\"2024-05-02T08:00:00Z\"><title>T</title></head>" +
            "<body><article><p>2 May 2024</p><p>The ferry resumed sailings on Thursday after a month out of service.</p></article></body></html>", "page.html");
        Assert.Equal(PartialDate.OfDay(new DateOnly(2024, 5, 2)), doc.Published);
        Assert.Equal(["The ferry resumed sailings on Thursday after a month out of service."], ParagraphsOf(doc));
    }

    [Theory]
    [InlineData("published_time: 2023-11-02T07:15:00Z")]
    [InlineData("article:published_time: 2023-11-02T07:15:00Z")]
    [InlineData("Publish-Date: 2023-11-02")]
    [InlineData("created_at: 2023-11-02 07:15")]
    [InlineData("date: '2023-11-02 07:15:00 +0000'")]
    [InlineData("lastmod: 2023-11-02")]
    public void Markdown_reads_the_date_under_the_names_exporters_give_it(string line)
    {
        var doc = Read("---\ntitle: Ferry sailings\n" + line + "\n---\n\nThe ferry will sail twice a week.\n", "story.md");
        Assert.Equal(PartialDate.OfDay(new DateOnly(2023, 11, 2)), doc.Published);
    }

    [Fact]
    public void Markdown_prefers_the_publication_day_to_the_last_modified_one()
    {
        var doc = Read("---\ntitle: Ferry sailings\nlastmod: 2023-11-05\ndate: 2023-11-02\n---\n\nThe ferry will sail twice a week.\n", "story.md");
        Assert.Equal(PartialDate.OfDay(new DateOnly(2023, 11, 2)), doc.Published);
    }

    [Fact]
    public void Markdown_leaves_out_an_image_with_its_caption_and_an_emphasized_caption_under_an_image()
    {
        var doc = Read("# Pier reopens\n\n![Pier](/pier.jpg)\n\n*The pier at dawn. Photo: Ann Lee*\n\nThe pier reopened on Saturday.\n\n" +
            "![Crowd](/crowd.jpg)\nCrowds on the pier. (Photo: Ann Lee)\n\n*This story was updated with comment from the council.*\n", "story.md");
        Assert.Equal(["The pier reopened on Saturday.", "This story was updated with comment from the council."], ParagraphsOf(doc));
    }

    [Fact]
    public void Markdown_keeps_story_text_that_shares_a_paragraph_with_an_image()
    {
        var doc = Read("# Pier reopens\n\n![Pier](/pier.jpg)\nThe pier reopened on Tuesday after a two-year, £3m restoration that replaced " +
            "most of its deck and the ironwork beneath it.\n", "story.md");
        Assert.Equal(["The pier reopened on Tuesday after a two-year, £3m restoration that replaced most of its deck and the ironwork beneath it."], ParagraphsOf(doc));
    }
}

public sealed class PageTitleAndStructuredDataTests
{
    private static ArticleDocument Read(string html) => ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(html)), "page.html");

    [Theory]
    [InlineData("Fire destroys barn at fairgrounds | The Pell County Sentinel", "The Pell County Sentinel", "Fire destroys barn at fairgrounds")]
    [InlineData("Plans for 300 homes thrown out - Ashcombe Live", null, "Plans for 300 homes thrown out")]
    [InlineData("Storm live - updates", null, "Storm live - updates")] // the part after is no shorter: no site name to take off
    [InlineData("Council tax to rise by 5 per cent - Here's Why", null, "Council tax to rise by 5 per cent - Here's Why")] // headline, not a name
    [InlineData("Ferry fares to rise in May - Gazette and Herald", null, "Ferry fares to rise in May")]
    public void A_page_title_loses_the_site_name_after_its_last_separator(string title, string? site, string expected) =>
        Assert.Equal(expected, PageTitle.WithoutSiteName(title, site));

    [Fact]
    public void The_headline_is_the_articles_h1_not_the_logo_and_not_a_paragraph_of_the_body()
    {
        var doc = Read("<html><head><title>Ferry fares rise | Harbour News</title></head><body><div class=\"logo\"><h1>Harbour News</h1></div>" +
            "<article><h1>Ferry fares to rise in May</h1><p>Ferry fares will rise by 5% in May, the operator said.</p></article></body></html>");
        Assert.Equal("Ferry fares to rise in May", doc.Title);
        Assert.Equal("Ferry fares will rise by 5% in May, the operator said.", doc.Body);
    }

    [Fact]
    public void An_h1_that_differs_from_the_og_title_is_still_the_headline_not_a_paragraph()
    {
        var doc = Read("<html><head><meta property=\"og:title\" content=\"Fares up 5%\"></head><body>" +
            "<article><h1>Ferry fares to rise by 5% in May</h1><p>Ferry fares will rise in May, the operator said.</p><h2>Next steps</h2><p>Talks go on.</p></article></body></html>");
        Assert.Equal(["Ferry fares will rise in May, the operator said.", "Next steps", "Talks go on."],
            doc.Paragraphs.Select(p => doc.Body[p.Start..p.End]).ToArray());
    }

    [Fact]
    public void Structured_data_gives_the_articles_date_before_another_objects_in_the_graph()
    {
        var doc = Read("<html><head><title>T</title><script type=\"application/ld+json\">" +
            "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\",\"headline\":\"T\",\"datePublished\":\"2022-06-01T09:00:00Z\"}," +
            "{\"@type\":\"VideoObject\",\"name\":\"Clip\",\"datePublished\":\"2019-03-03T10:00:00Z\"}]}</script>" +
            "<script type=\"application/ld+json\">{ broken</script></head><body><p>Text of the story.</p></body></html>");
        Assert.Equal(PartialDate.OfDay(new DateOnly(2022, 6, 1)), doc.Published);
    }
}
