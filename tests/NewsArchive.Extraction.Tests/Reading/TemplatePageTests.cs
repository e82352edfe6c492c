using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Reading;

namespace NewsArchive.Extraction.Tests.Reading;

/// <summary>
/// Fictional pages built like the templates real newsrooms publish with (WordPress, Arc, Gannett, Reach, BBC, an Irish
/// daily, AMP) and files as people save them (a browser copy, a static-site export): the body keeps every paragraph
/// of the story and nothing else, and the title and date are right.
/// </summary>
public sealed class TemplatePageTests
{
    private static ArticleDocument Read(string name) => ArticleReader.ReadFile(FixtureFiles.Reading(Path.Combine("Templates", name)));

    private static List<string> ParagraphsOf(ArticleDocument doc) =>
        doc.Paragraphs.Select(p => doc.Body[p.Start..p.End]).ToList();

    [Fact]
    public void A_wordpress_page_keeps_its_story_inside_a_layout_box_named_for_its_sidebar()
    {
        var doc = Read("wordpress-local.html");
        Assert.Equal("Millbrook council backs new skate park on Dune Street", doc.Title);
        Assert.Equal(PartialDate.OfDay(new DateOnly(2025, 8, 12)), doc.Published);
        Assert.Equal(
        [
            "The Millbrook Town Council voted 5-2 on Monday night to build a skate park on a vacant lot on Dune Street, ending a debate that has run for almost three years.",
            "The park will cost about $410,000, most of it from a state recreation grant, and could open next summer, said Parks Director Lionel Ashby.",
            "\u201cThe kids have been skating in the library parking lot for years,\u201d said Councilor Rosa Menendez, who proposed the plan. \u201cNow they will have somewhere safe.\u201d",
            "Neighbors worry about noise",
            "Two councilors who voted no said neighbors on Dune Street had complained about noise and parking.",
            "Construction bids are due Oct. 1.",
            "A public design meeting is set for Sept. 9 at Town Hall.",
        ], ParagraphsOf(doc));
    }

    [Fact]
    public void An_arc_page_drops_the_ad_slot_the_related_teaser_and_the_author_bio()
    {
        var doc = Read("arc-metro.html");
        Assert.Equal("Transit agency delays fare increase after rider outcry", doc.Title);
        Assert.Equal(PartialDate.OfDay(new DateOnly(2024, 11, 19)), doc.Published);
        Assert.Equal(
        [
            "The Harbor City Transit Authority board on Tuesday postponed a planned fare increase until January after more than 200 riders signed up to speak against it.",
            "The increase, from $2.00 to $2.25 for a single ride, had been set to take effect Dec. 1.",
            "\u201cWe heard you,\u201d board chair Helen Okafor told the packed room. \u201cWe need time to find other ways to close the gap.\u201d",
            "The agency faces a $14 million shortfall next year, according to its budget office.",
            "Riders said the increase would fall hardest on workers who commute from the east side.",
        ], ParagraphsOf(doc));
    }

    [Fact]
    public void A_gannett_page_drops_the_byline_box_the_stamp_the_more_teasers_and_the_writers_contact_note()
    {
        var doc = Read("gannett-network.html");
        Assert.Equal(PartialDate.OfDay(new DateOnly(2023, 6, 3)), doc.Published);
        Assert.Equal(
        [
            "A fire early Saturday destroyed a livestock barn at the Pell County fairgrounds, but no animals were inside, officials said.",
            "Crews from four fire departments fought the blaze for about three hours, Fire Chief Ernest Vogel said.",
            "\u201cWe were lucky it was empty,\u201d Vogel said. \u201cA week from now, that barn would have held sixty head of cattle.\u201d",
            "The cause is under investigation. The fair opens July 8.",
        ], ParagraphsOf(doc));
    }

    [Fact]
    public void A_reach_page_keeps_its_standfirst_and_drops_time_stamps_newsletter_read_more_links_and_tags()
    {
        var doc = Read("reach-regional.html");
        Assert.Equal("Plans for 300 homes on edge of Ashcombe thrown out by councillors", doc.Title);
        Assert.Equal(PartialDate.OfDay(new DateOnly(2022, 2, 9)), doc.Published);
        Assert.Equal(
        [
            "Residents packed the meeting to oppose the scheme",
            "Plans for 300 homes on farmland at the edge of Ashcombe have been refused after dozens of residents turned up to object.",
            "Members of the district council's planning committee voted 8-3 against the scheme on Wednesday evening.",
            "Councillor Bryony Hale said: \"This is the wrong site. The roads cannot take it and the school is already full.\"",
            "The developer, Norwood Homes, said it was disappointed and would consider an appeal.",
            "A spokesperson said: \"We believe the homes are badly needed and we will review the decision.\"",
        ], ParagraphsOf(doc));
    }

    [Fact]
    public void A_bbc_page_drops_its_byline_block_and_the_link_blocks_with_their_headings_but_keeps_a_subheading()
    {
        var doc = Read("bbc-news.html");
        Assert.Equal(PartialDate.OfDay(new DateOnly(2024, 4, 27)), doc.Published);
        Assert.Equal(
        [
            "Two lighthouse keepers' cottages empty for eight years are to be turned into holiday lets.",
            "Pembrokeshire Coast National Park Authority approved the plans on Wednesday, despite objections from the local community council.",
            "The owner, Cadwyn Trust, said the lets would pay for repairs to the roof and walls.",
            "'Heart of the village'",
            "Community councillor Mair Pugh said the buildings should house local families instead.",
            "\"These cottages were the heart of the village,\" she said.",
        ], ParagraphsOf(doc));
    }

    [Fact]
    public void An_irish_daily_page_takes_its_date_from_dublin_core_and_drops_the_advertisement_and_copyright_lines()
    {
        var doc = Read("irish-daily.html");
        Assert.Equal(PartialDate.OfDay(new DateOnly(2021, 9, 16)), doc.Published);
        var paragraphs = ParagraphsOf(doc);
        Assert.Equal(5, paragraphs.Count);
        Assert.StartsWith("The number of people waiting", paragraphs[0]);
        Assert.Equal("The Irish Nurses and Midwives Organisation said staffing remained a concern.", paragraphs[^1]);
    }

    [Fact]
    public void An_amp_page_drops_its_ad_sidebar_consent_and_share_elements()
    {
        var doc = Read("amp-page.html");
        Assert.Equal("School board approves later start times for high schools", doc.Title);
        Assert.Equal(PartialDate.OfDay(new DateOnly(2026, 2, 25)), doc.Published);
        Assert.Equal(
        [
            "High schools in the Lakeshore district will start 50 minutes later next fall after the school board voted 6-1 on Tuesday.",
            "Classes will begin at 8:20 a.m. instead of 7:30 a.m. Superintendent Carla Jennings said the change follows research on teenagers' sleep.",
            "\"Our students will be more awake and more ready to learn,\" Jennings said.",
            "Parents who opposed the change said it would make after-school jobs and sports harder.",
        ], ParagraphsOf(doc));
    }

    [Fact]
    public void A_browser_copy_skips_furniture_above_the_headline_and_between_paragraphs()
    {
        var doc = Read("browser-copy.txt");
        Assert.Equal("Harbour wall repairs to close Seaborough seafront road for six weeks", doc.Title);
        Assert.Equal(PartialDate.OfDay(new DateOnly(2024, 3, 14)), doc.Published);
        Assert.Equal("Martin Oyelaran", doc.Author);
        Assert.Equal(
        [
            "The work will begin after the Easter holidays",
            "A section of Marine Parade will close to traffic for six weeks from April 22 while contractors repair the harbour wall, Seaborough Council has said.",
            "The council said the wall was damaged in storms last winter and had to be fixed before the summer season.",
            "\"We know this will be disruptive for businesses on the seafront,\" said Councillor Janet Amberley. \"But the wall has to be made safe.\"",
            "Buses will be diverted along Cliff Road while the work goes on.",
        ], ParagraphsOf(doc));
    }

    [Fact]
    public void A_static_site_export_reads_its_date_key_and_drops_the_image_caption_teaser_and_contact_note()
    {
        var doc = Read("hugo-export.md");
        Assert.Equal("Ferry operator adds winter sailings to Inishbeg", doc.Title);
        Assert.Equal(PartialDate.OfDay(new DateOnly(2023, 11, 2)), doc.Published);
        Assert.Equal(
        [
            "The ferry operator serving Inishbeg will add two winter sailings a week from December, it said on Thursday.",
            "Islanders had asked for the extra sailings after storms cancelled crossings for nine days last winter.",
            "\"We listened,\" said operations manager Colm Durcan.",
        ], ParagraphsOf(doc));
    }
}
