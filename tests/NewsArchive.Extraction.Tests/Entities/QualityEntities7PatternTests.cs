namespace NewsArchive.Extraction.Tests.Entities;

/// <summary>
/// Organization and place shapes from the unseen-news rounds: a paper named by its head word, laws, the capital
/// "US", rugby and cricket sides named by town or county, regions, towns beyond the main lists and possessive places.
/// </summary>
public class QualityEntities7PatternTests
{
    [Fact]
    public void A_newspapers_head_word_alone_after_the_is_the_paper()
    {
        var set = TestArticles.Recognize(
            "\"We never expected it,\" Carla Menzies told the Echo on Saturday.",
            "Speaking to the Courant at the time, she said the shop would stay open.");
        set.Organization("Echo");
        set.Organization("Courant");
        Assert.Contains("the Courant", set.Organization("Courant").Aliases);
    }

    [Fact]
    public void The_capitalized_Legislature_alone_is_an_organization()
    {
        var set = TestArticles.Recognize("Republican leaders in the Legislature, which has clashed with the governor, did not comment.");
        set.Organization("Legislature");
    }

    [Fact]
    public void A_law_named_with_Act_is_no_organization()
    {
        var set = TestArticles.Recognize(
            "The layoffs were disclosed in a notice filed under the WARN Act on Monday.",
            "Unions cited the Railway Labor Act, which governs airline disputes.");
        Assert.Empty(set.Organizations);
    }

    [Fact]
    public void A_capital_US_opens_a_federal_courts_name()
    {
        var set = TestArticles.Recognize(
            "The department is expected to appeal to the 1st US Circuit Court of Appeals, a spokesman said.",
            "A class action was filed in the US District Court for the Northern District of Kentucky on Monday.");
        set.Organization("1st US Circuit Court of Appeals");
        set.Organization("US District Court for the Northern District of Kentucky");
    }

    [Fact]
    public void A_known_lodge_keeps_its_whole_name_and_number()
    {
        var set = TestArticles.Recognize("The Fraternal Order of Police Lodge 12, which represents Marlow officers, urged calm.");
        set.Organization("Fraternal Order of Police Lodge 12");
    }

    [Fact]
    public void A_county_is_its_cricket_side_in_a_cricket_report()
    {
        var set = TestArticles.Recognize(
            "Lancashire were bowled out for 212 after Yorkshire's seamers took four wickets before lunch.",
            "The cricket was slow on a flat wicket, and the innings ended with two balls left.");
        set.Organization("Lancashire");
        set.Organization("Yorkshire");
        Assert.Empty(set.Places);
    }

    [Fact]
    public void A_county_stays_a_place_outside_cricket()
    {
        var set = TestArticles.Recognize("Flood warnings were issued across Lancashire, where rivers rose overnight.");
        set.Place("Lancashire");
    }

    [Fact]
    public void A_rugby_town_is_its_club_in_a_sports_report()
    {
        var set = TestArticles.Recognize(
            "Gloucester beat the visitors 31-24 and climbed above Bath in the league table.",
            "The fly-half kicked a late penalty, and the coach praised the squad after the match.");
        set.Organization("Gloucester");
        set.Organization("Bath");
    }

    [Fact]
    public void A_compass_word_before_a_known_place_is_a_region()
    {
        var set = TestArticles.Recognize(
            "A slow storm parked itself over South Florida for most of Friday.",
            "Logging was cut on federal land in Oregon and Northern California, the judge wrote.");
        set.Place("South Florida");
        set.Place("Northern California");
    }

    [Fact]
    public void A_compass_word_of_a_known_place_is_one_region_and_opens_a_bodys_name()
    {
        var set = TestArticles.Recognize(
            "The firm runs 9,000 student beds across the North of England, a spokesman said.",
            "The East of England Ambulance Service NHS Trust said it was reviewing the case.");
        set.Place("North of England");
        set.Organization("East of England Ambulance Service NHS Trust");
        Assert.DoesNotContain("England", set.Places.Names());
    }

    [Fact]
    public void A_compass_word_alone_after_the_is_a_region_not_an_organization()
    {
        var set = TestArticles.Recognize("Services across the North were cancelled as drivers walked out.");
        set.Place("North");
        Assert.Empty(set.Organizations);
    }

    [Fact]
    public void A_town_from_the_towns_list_is_a_place_without_a_cue()
    {
        var set = TestArticles.Recognize("Ironbridge and Bewdley were also on alert, the agency said.");
        set.Place("Ironbridge");
        set.Place("Bewdley");
    }

    [Fact]
    public void A_place_written_with_a_possessive_is_one_place()
    {
        var set = TestArticles.Recognize(
            "She was taken to hospital in King's Lynn, where she had surgery.",
            "A trawler sank off Land's End on Sunday.");
        set.Place("King's Lynn");
        set.Place("Land's End");
    }

    [Fact]
    public void The_Kings_Speech_is_no_place()
    {
        var set = TestArticles.Recognize("The government set out the bill in the King's Speech on Tuesday.");
        Assert.DoesNotContain("King's Speech", set.Places.Names());
    }

    [Fact]
    public void A_town_that_is_an_article_persons_surname_is_the_person()
    {
        var set = TestArticles.Recognize(
            "Its organiser, Imogen Batley, said the rebels were not opposed to housebuilding.",
            "Batley said the numbers were drawn up in Whitehall.");
        set.Person("Imogen Batley");
        Assert.DoesNotContain("Batley", set.Places.Names());
    }

    [Fact]
    public void A_constituency_named_for_a_town_and_a_compass_point_stays_in_the_title()
    {
        var set = TestArticles.Recognize("Imogen Batley, the MP for Stroud West, said the plan was wrong.");
        Assert.Contains("MP for Stroud West", set.Person("Imogen Batley").Roles);
        Assert.DoesNotContain("West", set.Places.Names());
    }
}
