namespace NewsArchive.Extraction.Tests.Entities;

public class LowercaseOrganizationFinderTests
{
    [Fact]
    public void A_lower_case_city_council_after_a_town_is_named_in_title_case_and_keeps_its_written_form()
    {
        var set = TestArticles.Recognize("Kerrowby city council approved the budget on Tuesday.");
        var council = set.Organization("Kerrowby City Council");
        Assert.Contains(council.Aliases.Append(council.Name), a => a.Equals("Kerrowby city council", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_known_place_owning_a_ministry_makes_an_organization()
    {
        var set = TestArticles.Recognize("Turkey's trade ministry and South Korea's industry ministry did not respond.");
        set.Organization("Turkey's Trade Ministry");
        set.Organization("South Korea's Industry Ministry");
    }

    [Fact]
    public void An_unknown_possessor_makes_no_ministry()
    {
        var set = TestArticles.Recognize("Everyone knows Brannigan's trade ministry was a joke.");
        Assert.Empty(set.Organizations);
    }

    [Fact]
    public void A_place_legislature_drops_the_adjective_and_the_governors_office_is_an_organization()
    {
        var set = TestArticles.Recognize("Pennsylvania's divided Legislature has not acted. The governor's office said it would review the plan.");
        Assert.Contains("Pennsylvania's divided Legislature", set.Organization("Pennsylvania Legislature").Aliases);
        set.Organization("Governor's Office");
    }

    [Fact]
    public void The_board_of_a_named_body_is_an_organization()
    {
        var set = TestArticles.Recognize(
            "The Harwick Transit Authority board of directors will vote on the fare plan next month.",
            "Separately, the Penrose school board delayed its budget vote.");
        Assert.Contains(set.Organizations, o => o.Aliases.Append(o.Name).Contains("Harwick Transit Authority board of directors"));
        Assert.Contains(set.Organizations, o => o.Aliases.Append(o.Name).Contains("Penrose school board"));
    }

    [Fact]
    public void A_board_after_a_plain_name_is_no_organization()
    {
        var set = TestArticles.Recognize("Maria Lopez board games are sold out, said Maria Lopez.");
        Assert.DoesNotContain(set.Organizations, o => o.Name.Contains("board"));
    }

    [Fact]
    public void A_countys_commissioners_sit_as_its_commission()
    {
        var set = TestArticles.Recognize("Kettle County commissioners on Monday approved a $4 million drainage plan.");
        var commission = set.Organization("Kettle County Commission");
        Assert.Contains("Kettle County commissioners", commission.Aliases);
    }

    [Fact]
    public void A_committee_named_for_its_field_in_two_words_after_an_owner_or_the_is_an_organization()
    {
        var set = TestArticles.Recognize(
            "Members of Harwick Borough Council's licensing and regulation committee refused the application.",
            "MPs on the public accounts committee will question the chief executive.",
            "She told the ethics committee nothing new, and the council's finance committee met on Monday.");
        Assert.Contains("licensing and regulation committee", set.Organizations.Names());
        Assert.Contains("public accounts committee", set.Organizations.Names());
        Assert.DoesNotContain(set.Organizations.Names(), n => n is "ethics committee" or "finance committee");
    }

    [Fact]
    public void A_towns_police_in_lower_case_is_a_body_but_a_kind_of_police_is_not()
    {
        var set = TestArticles.Recognize(
            "Kellerton police arrested three men on Friday, and anyone with information should call Marbury police.",
            "Riot police were also seen near the square.");
        Assert.Contains(set.Organizations, o => o.Aliases.Append(o.Name).Contains("Kellerton police"));
        Assert.Contains(set.Organizations, o => o.Aliases.Append(o.Name).Contains("Marbury police"));
        Assert.DoesNotContain(set.Organizations, o => o.Name.StartsWith("Riot"));
    }
}
