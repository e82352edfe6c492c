namespace NewsArchive.Extraction.Tests.Entities;

/// <summary>
/// Shapes from the round-13 second entity pass over sets 18–20: bodies named with "and" whose left part is a known
/// name or a place ("Chamber of Commerce and Industry", "Department of Labor and Economic Opportunity",
/// "Aberdeen and Grampian Chamber of Commerce", "Care and Social Services Inspectorate Wales").
/// </summary>
public class QualityEntities13bPatternTests
{
    [Fact]
    public void A_chamber_of_commerce_named_with_a_second_field_is_one_body()
    {
        var set = TestArticles.Recognize("Shop owners met on Monday, and the Leeds Chamber of Commerce and Industry backed their plan.");
        Assert.Contains("Leeds Chamber of Commerce and Industry", set.Organizations.Names());
        Assert.DoesNotContain("Leeds Chamber of Commerce", set.Organizations.Names());
    }

    [Fact]
    public void A_known_department_with_more_fields_after_and_is_a_state_department()
    {
        var set = TestArticles.Recognize("The plant notified Ohio's Department of Labor and Workforce Development of the layoffs last week.");
        Assert.Contains("Department of Labor and Workforce Development", set.Organizations.Names());
    }

    [Fact]
    public void Two_areas_before_a_chamber_or_an_inspectorate_name_one_body()
    {
        var set = TestArticles.Recognize(
            "The plan was welcomed by Fife and Kinross Chamber of Commerce on Tuesday.",
            "The nursery shut after an inspection by the Nursing and Childcare Inspectorate Scotland found failings.");
        Assert.Contains("Fife and Kinross Chamber of Commerce", set.Organizations.Names());
        Assert.Contains("Nursing and Childcare Inspectorate Scotland", set.Organizations.Names());
    }

    [Fact]
    public void A_department_and_a_known_body_after_and_stay_two()
    {
        var set = TestArticles.Recognize("The Department of Labor and Microsoft signed the training agreement in Seattle.");
        Assert.DoesNotContain(set.Organizations.Names(), n => n.Contains("Labor and"));
    }

    [Fact]
    public void A_building_near_or_outside_which_something_happened_is_a_place()
    {
        var set = TestArticles.Recognize(
            "Traders near Wexford Cathedral said takings had halved since the roadworks began.",
            "About 200 people protested outside Ashby Town Hall on Monday night.");
        set.Place("Wexford Cathedral");
        set.Place("Ashby Town Hall");
    }

    [Fact]
    public void The_school_board_a_story_is_about_is_a_body_though_written_in_lower_case()
    {
        var set = TestArticles.Recognize(
            "The school board voted 4-3 on Monday night to close two elementary schools.",
            "Parents said the board had ignored them.");
        set.Organization("school board");
    }

    [Fact]
    public void A_state_opening_a_department_name_is_a_place_of_the_story()
    {
        var set = TestArticles.Recognize(
            "Inspectors from the Vermont Department of Health found lead in the water at three schools.",
            "A reporter for the Boston Globe asked about the tests.");
        set.Organization("Vermont Department of Health");
        set.Place("Vermont");
        Assert.DoesNotContain("Boston", set.Places.Names());
    }

    [Fact]
    public void An_irish_county_written_with_co_is_a_place_even_opening_a_sentence()
    {
        var set = TestArticles.Recognize("A Co Kerry dairy has taken on 30 new staff after winning an export contract.");
        set.Place("Co Kerry");
        Assert.Empty(set.Organizations);
    }

    [Fact]
    public void A_drive_a_terrace_or_a_glade_named_after_a_person_is_a_place()
    {
        var set = TestArticles.Recognize(
            "Crews closed Jefferson Memorial Drive for two hours on Tuesday.",
            "Skiers were caught in a slide near Morgan Glade, and homes on Victoria Terrace lost power.");
        set.Place("Jefferson Memorial Drive");
        set.Place("Morgan Glade");
        set.Place("Victoria Terrace");
        Assert.Empty(set.People);
    }
}
