namespace NewsArchive.Extraction.Tests.Entities;

/// <summary>
/// Shapes from the round-9 entity pass over four new writers' sets: competitions, rankings, transit lines and vehicle
/// models taken for organizations; areas named "X District"; sentence adverbs and title adjectives opening a sentence;
/// committees named for long lists of fields; "X and Y's Hospital"; long body names before a title; a place or a
/// legislature owning the name after it; and the publication the metadata names.
/// </summary>
public class QualityEntities9PatternTests
{
    [Fact]
    public void A_tournament_a_draft_and_a_championship_game_are_no_organizations()
    {
        var set = TestArticles.Recognize(
            "The Harbor Gulls traded their top receiver on the eve of the NFL Draft, a year after losing the AFC Championship Game.",
            "Wexford State made the NCAA Tournament after reaching the final of the SEC Tournament.");
        Assert.DoesNotContain(set.Organizations.Names(), n => n.EndsWith("Draft") || n.EndsWith("Game") || n.EndsWith("Tournament"));
    }

    [Fact]
    public void A_ranking_named_by_its_length_is_no_organization()
    {
        var set = TestArticles.Recognize(
            "Wexford State climbed to No. 9 in the AP Top 25 on Monday and should hold its spot in the Top 25 next week.");
        Assert.DoesNotContain(set.Organizations.Names(), n => n.Contains("Top"));
    }

    [Fact]
    public void An_area_named_district_is_a_place_but_a_school_district_is_a_body()
    {
        var set = TestArticles.Recognize(
            "Rents rose fastest in the Marlow District and the Fenwick District, where new towers are planned.",
            "The Harwick Unified School District said classes would resume on Monday.");
        set.Place("Marlow District");
        set.Place("Fenwick District");
        set.Organization("Harwick Unified School District");
        Assert.DoesNotContain("Marlow District", set.Organizations.Names());
    }

    [Fact]
    public void An_ordinal_electoral_district_stays_a_place()
    {
        var set = TestArticles.Recognize("She trailed by 33 votes in the 98th Assembly District, according to the county canvass.");
        set.Place("98th Assembly District");
        Assert.Empty(set.Organizations);
    }

    [Fact]
    public void A_numbered_district_after_for_stays_in_the_bodys_name()
    {
        var set = TestArticles.Recognize("The Community Education Council for District 31 voted on Tuesday to keep the phone ban.");
        set.Organization("Community Education Council for District 31");
    }

    [Fact]
    public void A_colour_line_is_a_route_not_a_company_and_a_transit_center_is_a_place()
    {
        var set = TestArticles.Recognize(
            "The agency will shut the MAX Blue Line tunnel for six weeks and run shuttle buses to the Corvale Transit Center.",
            "Riders on the Green Line will see no change, the agency said.");
        Assert.DoesNotContain(set.AllSurfaceForms(), f => f.EndsWith("Line"));
        set.Place("Corvale Transit Center");
    }

    [Fact]
    public void A_vehicle_maker_before_a_model_names_a_product()
    {
        var set = TestArticles.Recognize(
            "The plant supplies seats for GMC Sierra pickups, and a fire last year idled Ford F-150 production for days.",
            "Thieves took two Toyota Priuses from the lot. Ford said it had found another supplier.");
        Assert.DoesNotContain(set.Organizations.Names(), n => n.Contains(' ') && n.Split(' ')[0] is "GMC" or "Ford" or "Toyota");
        set.Organization("Ford");
    }

    [Fact]
    public void A_sentence_adverb_or_preposition_opening_a_sentence_is_no_name()
    {
        var set = TestArticles.Recognize(
            "Separately, a coalition of 19 state attorneys general filed a brief supporting the rule.",
            "Outside City Hall, several dozen members of the Harwick Teachers Union rallied.",
            "Overnight, the county had no newspaper of record.");
        Assert.DoesNotContain(set.AllSurfaceForms(), f => f.StartsWith("Separately") || f.StartsWith("Outside") || f.StartsWith("Overnight"));
    }

    [Fact]
    public void A_title_adjective_opening_a_sentence_is_part_of_the_role_not_an_organization()
    {
        var set = TestArticles.Recognize(
            "Senior analyst Jonas Pell said prices would fall.",
            "Executive director Mara Quill said the festival had never added a disclaimer.");
        Assert.Empty(set.Organizations);
        set.Person("Jonas Pell");
        set.Person("Mara Quill");
    }

    [Fact]
    public void A_committee_named_for_four_fields_is_one_name()
    {
        var set = TestArticles.Recognize(
            "The vote came before the Senate Health, Education, Labor and Pensions Committee was due to meet.",
            "The Senate Commerce, Science, and Transportation Committee held its hearing a day later.");
        set.Organization("Senate Health, Education, Labor and Pensions Committee");
        set.Organization("Senate Commerce, Science, and Transportation Committee");
    }

    [Fact]
    public void A_word_and_a_possessive_before_a_head_make_one_hospital()
    {
        var set = TestArticles.Recognize("Dr. Ana Voss, a specialist at Tremont and Children's Hospital, said longer drives cost lives.");
        set.Organization("Tremont and Children's Hospital");
    }

    [Fact]
    public void A_long_body_name_before_a_title_is_the_organization_and_the_rest_a_person()
    {
        var set = TestArticles.Recognize(
            "The verdict was read in the courtroom of Harlan County Superior Court Judge Vivian Roe-Bell.",
            "Corvale County Public Schools Superintendent Dr. Alberto Mendel said the district would decide by noon.",
            "Marsh County Emergency Management Director Tasha Quinn said visitors had been ordered to leave.");
        set.Person("Vivian Roe-Bell");
        set.Person("Alberto Mendel");
        set.Person("Tasha Quinn");
        set.Organization("Harlan County Superior Court");
        set.Organization("Corvale County Public Schools");
        set.Organization("Marsh County Emergency Management");
    }

    [Fact]
    public void A_legislature_owning_a_committee_is_no_part_of_its_name()
    {
        var set = TestArticles.Recognize("He asked the Legislature's Joint Committee on Rural Health to hold a hearing.");
        set.Organization("Joint Committee on Rural Health");
    }

    [Fact]
    public void A_cathedral_is_a_body_not_a_place()
    {
        var set = TestArticles.Recognize("Her windows hang in Wexford Cathedral and in churches across the north.");
        set.Organization("Wexford Cathedral");
    }

    [Fact]
    public void The_publication_the_metadata_names_is_not_listed_when_the_body_never_writes_it()
    {
        var document = TestArticles.Document("A title", null, ["Dockworkers walked off the job at the port early Monday."]) with { Source = "Harbor Ledger" };
        Assert.Empty(TestArticles.Recognize(document).Organizations);
    }

    [Fact]
    public void The_publication_is_found_by_its_name_without_the_place_or_by_its_dotted_initials()
    {
        var shortName = TestArticles.Document("A title", null, ["\"We are still waiting,\" a dockworker told Harbor Ledger on Monday."]) with { Source = "Wessex Harbor Ledger" };
        Assert.Single(TestArticles.Recognize(shortName).Organizations, o => o.Name == "Harbor Ledger");
        var initials = TestArticles.Document("A title", null, ["One dockworker, who spoke to the W.H.L. on Monday, said the pay offer was an insult."]) with { Source = "Wessex Harbor Ledger" };
        Assert.Single(TestArticles.Recognize(initials).Organizations, o => o.Name == "W.H.L.");
    }

    [Fact]
    public void A_site_address_or_a_regional_desk_in_the_metadata_adds_no_publication()
    {
        var body = new[] { "Dockworkers walked off the job at the port early Monday." };
        Assert.Empty(TestArticles.Recognize(TestArticles.Document("A title", null, body) with { Source = "HarborLedger.com" }).Organizations);
        Assert.Empty(TestArticles.Recognize(TestArticles.Document("A title", null, body) with { Source = "Ledger News, Wessex" }).Organizations);
    }

    [Fact]
    public void The_publication_the_body_already_names_is_not_added_twice()
    {
        var document = TestArticles.Document("A title", null, ["Dockworkers told the Harbor Ledger they would strike."]) with { Source = "The Harbor Ledger" };
        var set = TestArticles.Recognize(document);
        Assert.Single(set.Organizations, o => o.Name.EndsWith("Harbor Ledger"));
    }

    [Fact]
    public void A_british_road_by_its_number_is_a_place_not_an_organization()
    {
        var set = TestArticles.Recognize(
            "The estate will have a new link road to the A2, and police closed the B9010 between Corran and Lissock.",
            "Traffic on the M62 motorway was slow.");
        set.Place("A2");
        set.Place("B9010");
        set.Place("M62");
        Assert.Empty(set.Organizations);
    }

    [Fact]
    public void A_committee_written_in_lower_case_after_its_field_is_an_organization()
    {
        var set = TestArticles.Recognize(
            "Backbenchers on the defence select committee said the plan was flawed, and he told MPs on the Treasury select committee that rates would fall.",
            "Councillor Ann Vell, who chairs the transport and connectivity policy committee, said the zone would grow.",
            "The select committee was not told.");
        set.Organization("defence select committee");
        set.Organization("Treasury select committee");
        set.Organization("transport and connectivity policy committee");
        Assert.DoesNotContain("Treasury", set.Organizations.Names());
        Assert.DoesNotContain("select committee", set.Organizations.Names());
    }

    [Fact]
    public void A_canal_a_preserve_and_a_nature_reserve_are_places_but_the_federal_reserve_is_a_body()
    {
        var set = TestArticles.Recognize(
            "Police searched the Wexcombe Canal and the Tallow Creek Preserve, then the Corran Head National Nature Reserve.",
            "The Federal Reserve held rates on Wednesday.");
        set.Place("Wexcombe Canal");
        set.Place("Tallow Creek Preserve");
        set.Place("Corran Head National Nature Reserve");
        set.Organization("Federal Reserve");
    }

    [Fact]
    public void A_name_with_for_spelled_out_before_its_acronym_is_one_organization()
    {
        var set = TestArticles.Recognize(
            "Trams will not run until Sunday, Transport for Greater Wexcombe (TfGW) announced on Monday. TfGW said buses would run.",
            "Referee: Lydia Ashworth (RFU).");
        var body = set.Organization("Transport for Greater Wexcombe");
        Assert.Contains("TfGW", body.Aliases);
        Assert.DoesNotContain("TfGW", set.People.Names());
        Assert.DoesNotContain("Lydia Ashworth", set.Organizations.Names());
    }
}
