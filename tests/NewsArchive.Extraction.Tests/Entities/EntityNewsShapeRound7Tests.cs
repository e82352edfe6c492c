namespace NewsArchive.Extraction.Tests.Entities;

/// <summary>News shapes: campaign groups, industry heads, lower-case governments and courts, venues after a given name,
/// places named only inside quotations, and ranks that are also adjectives.</summary>
public class EntityNewsShapeRound7Tests
{
    [Fact]
    public void A_campaign_named_by_an_imperative_is_an_organization_not_a_place()
    {
        var set = TestArticles.Recognize(
            "The plan was opposed by Keep Dunmore Green and by the residents' group Save Aldridge Street, which collected 900 signatures.");
        set.Organization("Save Aldridge Street");
        set.Organization("Keep Dunmore Green");
        Assert.DoesNotContain("Save Aldridge Street", set.Places.Names());
    }

    [Fact]
    public void A_company_named_by_its_industry_is_an_organization()
    {
        var set = TestArticles.Recognize(
            "Workers picketed outside the Brennock Fabrication plant on Tuesday.",
            "Its new owner, Larkfield Living, said residents were safe, and Tolworth Materials reported higher sales.");
        set.Organization("Brennock Fabrication");
        set.Organization("Larkfield Living");
        set.Organization("Tolworth Materials");
        Assert.Empty(set.People);
    }

    [Fact]
    public void A_nation_adjective_before_lower_case_government_names_that_government()
    {
        var set = TestArticles.Recognize("The Scottish government said the fire service had enough crews.");
        Assert.Contains("Scottish Government", set.Organizations.Names());
    }

    [Fact]
    public void A_town_before_lower_case_crown_court_names_the_court()
    {
        var set = TestArticles.Recognize("Dominic Arkwell denies fraud at Tamworth crown court, where the trial continues.");
        Assert.Contains("Tamworth Crown Court", set.Organizations.Names());
    }

    [Fact]
    public void A_stadium_or_street_named_for_a_person_is_no_person()
    {
        var set = TestArticles.Recognize(
            "She spoke at a news conference at Harlan Stadium on Monday.",
            "The city renamed a stretch of Forsyth Street as Walter Pennock Way in 2019.");
        Assert.DoesNotContain("Harlan Stadium", set.People.Names());
        Assert.DoesNotContain("Walter Pennock Way", set.People.Names());
        set.Place("Harlan Stadium");
    }

    [Fact]
    public void A_name_the_grammar_makes_a_place_counts_inside_a_quotation()
    {
        var set = TestArticles.Recognize(
            "\"Most books like this were made in Brabantia or Paris,\" said Dr Ellen Marsh, a curator.",
            "\"We lost the whole season since the Corwin Fire,\" she added, \"and since the Corwin.\"");
        set.Place("Brabantia");
        Assert.DoesNotContain("Corwin", set.Places.Names());
    }

    [Fact]
    public void A_lower_case_rank_that_is_an_adjective_gives_no_role()
    {
        var set = TestArticles.Recognize("He spent the money on a villa in Tarvessa, private school fees and a car.");
        Assert.DoesNotContain("Tarvessa", set.People.Names());
    }

    [Fact]
    public void A_name_before_town_hall_or_after_the_edge_of_is_a_place()
    {
        var set = TestArticles.Recognize(
            "Crews set up a rest centre at Kinloss town hall overnight.",
            "Plans for 300 homes on farmland on the edge of Tremarth were approved, and she learned to climb on the crags of Wastdale.");
        set.Place("Kinloss");
        set.Place("Tremarth");
        set.Place("Wastdale");
    }

    [Fact]
    public void A_body_named_after_its_members_keeps_them_after_a_demonym()
    {
        var set = TestArticles.Recognize("The Royal Institute of British Engineers told police that no such member existed.");
        set.Organization("Royal Institute of British Engineers");
    }
}
