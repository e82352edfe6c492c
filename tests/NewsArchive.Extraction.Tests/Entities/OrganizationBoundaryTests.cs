namespace NewsArchive.Extraction.Tests.Entities;

public class OrganizationBoundaryTests
{
    [Fact]
    public void A_comma_list_inside_a_ministrys_of_stays_in_the_name()
    {
        var set = TestArticles.Recognize("A spokesperson for the Ministry of Housing, Communities and Local Government declined to comment.");
        set.Organization("Ministry of Housing, Communities and Local Government");
    }

    [Fact]
    public void A_board_of_commissioners_keeps_its_of_tail()
    {
        var set = TestArticles.Recognize("The Harlow County Board of Commissioners met on Tuesday.");
        set.Organization("Harlow County Board of Commissioners");
    }

    [Fact]
    public void An_acronym_and_an_organization_are_two_organizations()
    {
        var set = TestArticles.Recognize("Money for MVTA and Pellham Regional Transit was cut this year.");
        set.Organization("MVTA");
        set.Organization("Pellham Regional Transit");
    }

    [Fact]
    public void An_endowment_for_the_arts_and_a_lower_case_plc_are_whole_names()
    {
        var set = TestArticles.Recognize("Grants from the Coastal Endowment for the Arts went to Pembrook Automation plc, officials said.");
        set.Organization("Coastal Endowment for the Arts");
        set.Organization("Pembrook Automation plc");
    }

    [Fact]
    public void An_organization_owning_another_by_possessive_makes_two()
    {
        var set = TestArticles.Recognize("The Northern Weather Service's Storm Prediction Center issued a warning on Monday.");
        set.Organization("Northern Weather Service");
        set.Organization("Storm Prediction Center");
    }

    [Fact]
    public void A_health_board_named_for_two_areas_is_one_body()
    {
        var set = TestArticles.Recognize("A spokesman for NHS Ayrshire and Arran said waiting times had fallen.");
        set.Organization("NHS Ayrshire and Arran");
        Assert.DoesNotContain("Arran", set.People.Names());
    }

    [Fact]
    public void A_run_opening_with_an_acronym_after_and_is_a_second_body()
    {
        var set = TestArticles.Recognize("Riders can transfer to Metrolink and NV Transit at the downtown hub, officials said.");
        Assert.DoesNotContain(set.Organizations.Names(), n => n.Contains(" and "));
    }
}
