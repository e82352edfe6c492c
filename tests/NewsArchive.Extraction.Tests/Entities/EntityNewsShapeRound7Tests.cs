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

    [Fact]
    public void A_town_before_a_name_shortened_to_its_last_word_is_no_person()
    {
        var set = TestArticles.Recognize(
            "Trains from London Carnforth were cancelled on Monday.",
            "Passengers at Carnforth were told to find other routes.");
        Assert.DoesNotContain("London Carnforth", set.People.Names());
    }

    [Fact]
    public void An_industry_word_makes_a_company_after_a_given_name_too()
    {
        var set = TestArticles.Recognize("Members picketed outside the Harlan Fabrication plant in Cicero.");
        set.Organization("Harlan Fabrication");
    }

    [Fact]
    public void Wall_Street_and_Whitehall_name_the_finance_industry_and_the_civil_service()
    {
        var set = TestArticles.Recognize("Shares rose as Wall Street cheered the results, and Whitehall officials said nothing.");
        set.Organization("Wall Street");
        set.Organization("Whitehall");
        Assert.Empty(set.Places);
    }

    [Fact]
    public void Where_research_is_published_is_a_journal_not_a_place()
    {
        var set = TestArticles.Recognize(
            "Their paper, published in Glaciology Letters the following year, was dismissed at first.",
            "A second study appeared in the journal Strata on Wednesday.");
        set.Organization("Glaciology Letters");
        set.Organization("Strata");
        Assert.Empty(set.Places);
    }

    [Fact]
    public void A_sea_or_a_river_named_in_a_quotation_is_a_place_but_a_hospital_on_a_street_is_not()
    {
        var set = TestArticles.Recognize(
            "The shelf broke up into the Corran Sea in 2002.",
            "\"We have lived beside the Tallow River all our lives,\" said Dr Ellen Marsh.",
            "\"Nobody at the Ashby General Hospital on Prescott Street answered,\" she said.");
        set.Place("Corran Sea");
        set.Place("Tallow River");
        Assert.DoesNotContain("Ashby General Hospital on Prescott Street", set.Places.Names());
    }

    [Fact]
    public void A_name_after_a_site_at_is_a_place()
    {
        var set = TestArticles.Recognize("The two schools would merge on a new site at Carntyne, officers said.");
        set.Place("Carntyne");
    }
}
