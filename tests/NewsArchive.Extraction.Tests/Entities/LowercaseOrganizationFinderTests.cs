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
}
