namespace NewsArchive.Extraction.Tests.Entities;

public class CandidateFinderTests
{
    [Fact]
    public void Of_joins_after_an_organization_head_or_an_acronym()
    {
        var set = TestArticles.Recognize("The University of Northfield and the ACLU of Vermont filed briefs.");
        set.Organization("University of Northfield");
        set.Organization("ACLU of Vermont");
    }

    [Fact]
    public void And_joins_only_where_a_name_uses_it()
    {
        var set = TestArticles.Recognize(
            "Immigration and Customs Enforcement detained him, and Jerome Hale and Nadia Petrov protested.");
        set.Organization("Immigration and Customs Enforcement");
        Assert.Equal(["Jerome Hale", "Nadia Petrov"], set.People.Names());
    }

    [Fact]
    public void A_possessive_joins_before_an_organization_head_only()
    {
        var set = TestArticles.Recognize("The Marion County Sheriff's Department said Hale's car was found.", "Jerome Hale was not at home.");
        set.Organization("Marion County Sheriff's Department");
        Assert.Equal(2, set.Person("Jerome Hale").Mentions.Count);
    }

    [Fact]
    public void Name_particles_stay_inside_a_name()
    {
        var set = TestArticles.Recognize("Commission President Ursula von der Leyen spoke in Brussels.");
        Assert.Equal(["President of the Commission"], set.Person("Ursula von der Leyen").Roles);
    }

    [Fact]
    public void A_run_never_crosses_a_sentence_end()
    {
        var set = TestArticles.Recognize("The delegates flew to Denver. Michael Ortiz met them there.");
        set.Place("Denver");
        set.Person("Michael Ortiz");
    }

    [Fact]
    public void A_plural_possessive_joins_before_an_organization_head()
    {
        var set = TestArticles.Recognize("The Harwick Town Supporters’ Trust and the Resident Doctors' Union both objected.");
        set.Organization("Harwick Town Supporters’ Trust");
        set.Organization("Resident Doctors' Union");
    }

    [Fact]
    public void And_joins_two_fields_of_an_organization_even_when_the_first_is_a_head_word()
    {
        var set = TestArticles.Recognize("A spokesperson for the Department of Health and Social Care said talks would resume.");
        set.Organization("Department of Health and Social Care");
        Assert.DoesNotContain("Social Care", set.Organizations.Names());
    }

    [Fact]
    public void And_still_separates_two_companies_inside_an_of_phrase_after_a_legal_suffix()
    {
        var set = TestArticles.Recognize("Shares of Hollis Pipe Corp. and Marlow Freight Inc. fell on Monday.");
        set.Organization("Hollis Pipe Corp.");
        set.Organization("Marlow Freight Inc.");
    }

    [Fact]
    public void A_possessive_joins_a_head_and_the_city_it_stands_in()
    {
        var set = TestArticles.Recognize("\"It is early,\" said Prof Anil Basu, a chemist at Queen's College Dublin, who was not involved.");
        set.Organization("Queen's College Dublin");
        set.Person("Anil Basu");
        Assert.DoesNotContain("College Dublin", set.All.Names());
    }

    [Fact]
    public void A_capitalized_city_of_a_place_is_the_municipal_government()
    {
        var set = TestArticles.Recognize("A spokesperson for the City of Marlow Falls said the contract was void.");
        set.Organization("City of Marlow Falls");
    }

    [Fact]
    public void A_committee_named_for_a_list_of_fields_is_one_organization()
    {
        var set = TestArticles.Recognize("The bill goes to the Senate, where the Agriculture, Forestry and Rural Affairs Committee will take it up.");
        set.Organization("Agriculture, Forestry and Rural Affairs Committee");
        Assert.DoesNotContain("Forestry and Rural Affairs Committee", set.Organizations.Names());
    }

    [Fact]
    public void For_joins_a_plural_group_mid_sentence_but_not_a_sentence_initial_plural()
    {
        var set = TestArticles.Recognize(
            "The campaign group Parents for Safer Crossings wrote to the council.",
            "Tickets for Glastonbury sold out in an hour.");
        set.Organization("Parents for Safer Crossings");
        Assert.DoesNotContain(set.Organizations, o => o.Name.StartsWith("Tickets", StringComparison.Ordinal));
    }

    [Fact]
    public void A_court_named_for_an_ordinal_circuit_is_one_candidate()
    {
        var set = TestArticles.Recognize("The case reached the U.S. Court of Appeals for the 6th Circuit last year.");
        set.Organization("U.S. Court of Appeals for the 6th Circuit");
        Assert.DoesNotContain("6th Circuit", set.Organizations.Names());
    }
    [Fact]
    public void And_joins_a_word_that_is_also_a_given_name_to_a_run_ending_in_an_organization_head()
    {
        var set = TestArticles.Recognize("Tamsin and Dart Water reported 212 spills last year, and the firm said it would appeal.");
        set.Organization("Tamsin and Dart Water");
        Assert.DoesNotContain("Tamsin", set.People.Names());
    }

    [Fact]
    public void And_does_not_join_two_given_names_before_a_shared_surname()
    {
        var set = TestArticles.Recognize("Gareth and Wendy Polbrook run the farm shop.");
        Assert.Contains("Wendy Polbrook", set.People.Names());
        Assert.Empty(set.Organizations.Names());
    }
}
