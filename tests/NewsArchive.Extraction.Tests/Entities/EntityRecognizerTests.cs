using NewsArchive.Extraction.Entities;

namespace NewsArchive.Extraction.Tests.Entities;

public class EntityRecognizerTests
{
    private static readonly Lazy<(string Body, EntitySet Set)> Seed = new(() =>
    {
        var lines = File.ReadAllLines(SeedPath()).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        // Line 2 is the photo credit; reading it off is the reader's job, so the test hands it over as metadata.
        var document = TestArticles.Document(lines[0], lines[1], lines.Skip(2));
        return (document.Body, TestArticles.Recognize(document));
    });

    private static string SeedPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "seeds", "hancock-dismisses-trump-tweet-about-releasing-immigration-detainees.txt");
            if (File.Exists(path)) return path;
        }
        throw new FileNotFoundException("The seed article is not in any seeds/ folder above the test output.");
    }

    [Fact]
    public void Seed_people_come_out_with_their_roles_and_aliases()
    {
        var set = Seed.Value.Set;
        var trump = set.Person("Trump");
        Assert.Contains("President", trump.Roles);
        Assert.Contains("President Trump", trump.Aliases);
        Assert.Contains(trump.Aliases, a => a.Equals("the president", StringComparison.OrdinalIgnoreCase));

        var hancock = set.Person("Michael Hancock");
        Assert.Equal(["Mayor of Denver"], hancock.Roles);
        Assert.Contains("Hancock", hancock.Aliases);
        Assert.Contains("Denver Mayor Michael Hancock", hancock.Aliases);

        Assert.Equal(["legal director at the ACLU of Colorado"], set.Person("Mark Silverstein").Roles);

        var sessions = set.Person("Jeff Sessions");
        Assert.Equal(["U.S. Attorney General"], sessions.Roles);
        Assert.Contains("Attorney General Sessions", sessions.Aliases);

        Assert.Equal(["Attorney General"], set.Person("Phil Weiser").Roles);
        Assert.Equal(5, set.People.Count);
    }

    [Fact]
    public void Seed_organizations_come_out_with_acronyms_and_descriptions_resolved()
    {
        var set = Seed.Value.Set;
        Assert.Contains("ICE", set.Organization("Immigration and Customs Enforcement").Aliases);
        Assert.Contains("the sheriff's department", set.Organization("Denver Sheriff's Department").Aliases);
        foreach (var name in new[] { "ACLU of Colorado", "Washington Post", "White House", "Department of Justice" })
            set.Organization(name);
    }

    [Fact]
    public void Seed_places_are_Denver_and_Colorado_but_not_the_places_inside_organization_names()
    {
        var set = Seed.Value.Set;
        var body = Seed.Value.Body;
        var colorado = set.Place("Colorado");
        set.Place("Denver");
        // "ACLU of Colorado" twice and "Colorado is…" / "in Colorado": only the two standalone mentions count.
        Assert.Equal(2, colorado.Mentions.Count);
        Assert.All(colorado.Mentions, m => Assert.Equal("Colorado", body[m.Start..m.End]));
    }

    [Fact]
    public void Seed_credit_title_and_quoted_capitals_make_no_entities()
    {
        var forms = Seed.Value.Set.AllSurfaceForms().ToList();
        foreach (var wrong in new[] { "Michael Vadon", "Flickr", "Sanctuary Cities", "Illegal Immigrants", "Still", "Although", "Feds", "Americans" })
            Assert.DoesNotContain(forms, f => f.Contains(wrong, StringComparison.Ordinal));
    }

    [Fact]
    public void Mentions_are_in_body_order_and_include_alias_and_quoted_mentions()
    {
        var (body, set) = Seed.Value;
        var sessions = set.Person("Jeff Sessions");
        Assert.Equal(sessions.Mentions.OrderBy(m => m.Start), sessions.Mentions);
        Assert.Equal(["U.S. Attorney General Jeff Sessions", "Attorney General Sessions"], sessions.Mentions.Select(m => body[m.Start..m.End]));
        var hancock = set.Person("Michael Hancock");
        Assert.Equal(4, hancock.Mentions.Count);
    }

    [Fact]
    public void Title_is_not_read_for_entities()
    {
        var document = TestArticles.Document("Mayor Jane Roe Rejects Plan", null, ["The council met on Monday and nothing was decided."]);
        var set = TestArticles.Recognize(document);
        Assert.Empty(set.People);
    }

    [Fact]
    public void Empty_body_gives_no_entities()
    {
        var set = TestArticles.Recognize(TestArticles.Document("Title", null, []));
        Assert.Empty(set.All);
    }

    [Fact]
    public void A_number_after_a_district_head_stays_in_the_organization_name()
    {
        var set = TestArticles.Recognize("The business manager of Pine Hollow Community Unit School District 7 was charged on Monday.");
        set.Organization("Pine Hollow Community Unit School District 7");
    }

    [Fact]
    public void A_police_force_or_nhs_trust_does_not_make_its_region_a_place_but_a_town_council_does()
    {
        var set = TestArticles.Recognize(
            "South Marches Police and the Upper Wyvern NHS Foundation Trust said patients were safe.",
            "Kellingford Town Council met on Tuesday.");
        set.Organization("South Marches Police");
        Assert.DoesNotContain("South Marches", set.Places.Names());
        Assert.DoesNotContain("Upper Wyvern", set.Places.Names());
        set.Place("Kellingford");
    }

    [Fact]
    public void A_national_body_or_a_region_before_a_local_head_is_not_taken_for_a_town()
    {
        var set = TestArticles.Recognize(
            "The National Freight Safety Board and the Northeastern Ohio Transit Authority both responded.");
        Assert.DoesNotContain("National Freight Safety", set.Places.Names());
        Assert.DoesNotContain("Northeastern Ohio Transit", set.Places.Names());
    }

    [Fact]
    public void A_local_body_named_for_a_field_the_article_writes_in_lower_case_has_no_town()
    {
        var set = TestArticles.Recognize("The Tenant Council said tenant groups had not been consulted.");
        set.Organization("Tenant Council");
        Assert.Empty(set.Places);
    }

    [Fact]
    public void A_newspaper_named_with_a_call_or_courier_head_is_an_organization()
    {
        var set = TestArticles.Recognize("It became, in the words of a 1990 profile in The Evening Courier, a landmark.");
        Assert.Contains(set.Organizations, o => o.Name.EndsWith("Evening Courier", StringComparison.Ordinal));
    }

    [Fact]
    public void An_office_named_without_a_holder_does_not_make_its_adjective_an_organization()
    {
        var set = TestArticles.Recognize("The decision follows an audit by the Independent Chief Inspector of Harbours, published in April.");
        Assert.DoesNotContain("Independent", set.All.Names());
    }

    [Fact]
    public void A_unit_named_by_an_ordinal_is_an_organization()
    {
        var set = TestArticles.Recognize("Officials are weighing cuts to the ships assigned to the Navy's 4th Fleet.");
        set.Organization("4th Fleet");
    }

    [Fact]
    public void A_regulator_named_for_its_field_gives_no_town()
    {
        var set = TestArticles.Recognize("The Financial Standards Authority fined the lender on Monday.");
        set.Organization("Financial Standards Authority");
        Assert.Empty(set.Places);
    }

    [Fact]
    public void A_shouted_saint_dateline_is_the_saint_place_not_its_second_word()
    {
        var set = TestArticles.Recognize("ST. LOUIS, Mo. — The council voted on Tuesday.", "St. Louis officials welcomed it.");
        set.Place("St. Louis");
        Assert.DoesNotContain("LOUIS", set.Places.Names());
    }

    [Theory]
    [InlineData("Flames crest a ridge above the town on Tuesday. (Gwenllian Farrowby / Valley Courier)")]
    [InlineData("Campaigners gathered outside the offices before the meeting (Image: Valley Courier / Tobin Brownlie)")]
    [InlineData("Parents packed the auditorium on Tuesday night. Photo: Gaspard Ruizeno for The Courier")]
    public void A_photographer_named_in_a_picture_credit_is_no_person(string caption)
    {
        var set = TestArticles.Recognize(caption, "The council said the plans would be decided next month.");
        Assert.Empty(set.People);
    }

    [Fact]
    public void A_party_and_district_tag_is_no_place_but_the_district_after_the_party_is()
    {
        var set = TestArticles.Recognize("City Councilman Vittorio Ruggeri (R-Staten Island) blasted the decision on Tuesday.");
        Assert.DoesNotContain(set.Places.Names(), n => n.StartsWith("R-"));
        // Annotators of seven dev sets count a legislator's home state or town as a place of the article.
        set.Place("Staten Island");
    }

    [Fact]
    public void A_reporter_listed_with_a_city_in_a_credit_line_is_no_place()
    {
        var set = TestArticles.Recognize(
            "The merger was blocked on Monday, the regulator said.",
            "(Reporting by Caleb Morrow in Washington and Inessa Duarte-Whitlock in San Francisco; Editing by Jo Lane)");
        Assert.DoesNotContain("Inessa Duarte-Whitlock", set.Places.Names());
    }

    [Fact]
    public void A_numbered_radio_station_keeps_its_number()
    {
        var set = TestArticles.Recognize("She told BBC Radio 4's Today programme that the result was a warning.");
        Assert.Contains("BBC Radio 4", set.Organizations.Names());
    }
    [Fact]
    public void The_first_part_of_a_constituency_listed_before_a_legislators_title_is_a_place_not_a_person()
    {
        var set = TestArticles.Recognize("Skye, Morvern and Ardnish MSP Fiona Carmody welcomed the vote on Tuesday.");
        Assert.Contains("Skye", set.Places.Names());
        Assert.DoesNotContain("Skye", set.People.Names());
        Assert.Contains("Fiona Carmody", set.People.Names());
    }
}
