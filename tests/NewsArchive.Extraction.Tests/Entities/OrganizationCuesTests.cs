namespace NewsArchive.Extraction.Tests.Entities;

public class OrganizationCuesTests
{
    [Fact]
    public void An_appositive_organization_noun_makes_an_unknown_name_an_organization()
    {
        var set = TestArticles.Recognize("The European steel association Calvetra said on Monday that imports had surged.");
        set.Organization("Calvetra");
    }

    [Fact]
    public void A_which_represents_clause_and_an_including_list_mark_organizations()
    {
        var set = TestArticles.Recognize("Brannock, which represents producers including Morvanteel and Quillsteel, said imports had surged.");
        set.Organization("Brannock");
        set.Organization("Morvanteel");
        set.Organization("Quillsteel");
    }

    [Fact]
    public void An_analyst_at_shares_of_and_according_to_data_mark_organizations()
    {
        var set = TestArticles.Recognize(
            "Hanna Brill, an analyst at Dexmoor, expects more cuts.",
            "Shares of Vantrell fell 3% on Tuesday, according to Pellwick data.");
        set.Organization("Dexmoor");
        set.Organization("Vantrell");
        set.Organization("Pellwick");
        set.Person("Hanna Brill");
    }

    [Fact]
    public void A_capitalized_subject_of_announced_is_an_organization_but_a_given_name_keeps_it_a_person()
    {
        var set = TestArticles.Recognize("Vellacorp announced a new plant on Friday.", "Later, Susan Marlowe announced her retirement.");
        set.Organization("Vellacorp");
        Assert.DoesNotContain("Susan Marlowe", set.Organizations.Names());
    }

    [Fact]
    public void A_lone_unknown_capitalized_word_without_a_cue_is_still_no_entity()
    {
        var set = TestArticles.Recognize("The plan was drawn up near Quarrow last year and approved in the spring.");
        Assert.DoesNotContain("Quarrow", set.Organizations.Names());
    }

    [Fact]
    public void Clubs_are_organizations_from_sports_cues_in_a_sports_article()
    {
        var set = TestArticles.Recognize(
            "The Harbor Gulls beat Orlanda City 2-1 on Saturday, moving two points behind Rivermark in the standings.",
            "The midfielder, signed from Castellano in January, scored the winning goal in stoppage time.",
            "Nashville SC host the Gulls next season, the league said.");
        foreach (var name in new[] { "Orlanda City", "Rivermark", "Castellano", "Nashville SC" })
            set.Organization(name);
    }

    [Fact]
    public void Behind_is_no_club_cue_outside_a_sports_article()
    {
        var set = TestArticles.Recognize("The bill fell behind Tamsworth on the agenda, and the vote was delayed.");
        Assert.DoesNotContain("Tamsworth", set.Organizations.Names());
    }

    [Fact]
    public void Venues_are_places_and_named_fires_are_not_organizations()
    {
        var set = TestArticles.Recognize("Crews fought the Lookout Crest Fire on Monday while fans gathered at Tarvel Stadium.");
        Assert.DoesNotContain(set.Organizations.Names(), n => n.Contains("Fire") || n.Contains("Stadium"));
        set.Place("Tarvel Stadium");
    }

    [Fact]
    public void A_business_head_like_Grill_makes_an_organization_without_joining_the_street_after_on()
    {
        var set = TestArticles.Recognize("The owner of Lantern Grill on East Pike Avenue said sales fell.");
        set.Organization("Lantern Grill");
    }

    [Fact]
    public void An_air_base_is_a_place_and_an_airport_an_organization_when_it_acts_even_when_named_after_a_person()
    {
        var set = TestArticles.Recognize(
            "Supplies were staged at Morgan Air Force Base before the storm.",
            "Eastfield Regional Airport said on Tuesday that it had cancelled 40 flights.");
        set.Place("Morgan Air Force Base");
        // An airport that closes, cancels flights and issues statements is the body that runs it.
        set.Organization("Eastfield Regional Airport");
        Assert.Empty(set.People);
    }

    [Fact]
    public void An_airport_or_a_cathedral_after_at_is_where_something_happened()
    {
        var set = TestArticles.Recognize(
            "Nine inches of snow fell at Eastfield Regional Airport overnight.",
            "A vigil will be held at Wexford Cathedral on Sunday evening.");
        set.Place("Eastfield Regional Airport");
        set.Place("Wexford Cathedral");
    }

    [Fact]
    public void A_name_set_off_by_commas_after_a_subject_organization_noun_is_an_organization()
    {
        var set = TestArticles.Recognize("The developer, Larchmont Living, had the financing lined up.");
        set.Organization("Larchmont Living");
    }

    [Fact]
    public void A_name_after_a_prepositional_organization_noun_and_a_comma_is_not_made_an_organization()
    {
        var set = TestArticles.Recognize("In an interview with the newspaper, Dana Whitcombe, who runs the shop, said prices rose.");
        set.Person("Dana Whitcombe");
        Assert.Empty(set.Organizations);
    }

    [Fact]
    public void An_appositive_description_with_a_plural_possessive_marks_an_organization()
    {
        var set = TestArticles.Recognize("The figures come from Brightwater Renters Voice, a renters’ rights group based in the city.");
        set.Organization("Brightwater Renters Voice");
    }

    [Fact]
    public void A_company_named_for_its_industry_is_an_organization_but_a_person_with_that_surname_is_not()
    {
        var set = TestArticles.Recognize(
            "In the 1960s the furnaces at Harrowgate Steel ran around the clock.",
            "The novelist Danielle Steel said she grew up nearby.");
        set.Organization("Harrowgate Steel");
        set.Person("Danielle Steel");
    }

    [Fact]
    public void A_state_a_sports_article_writes_as_a_team_is_an_organization()
    {
        var set = TestArticles.Recognize(
            "Junior guard Tamsin Orrell scored 34 points as No. 9 Iowa beat No. 14 Maryland in the league game on Sunday.",
            "Maryland head coach Dana Whitcombe said the season was not over. Iowa beat Ohio State last week, and the coach praised the defense.",
            "The team plays against Nebraska next, a match moved to the arena in Des Moines.");
        set.Organization("Iowa");
        set.Organization("Maryland");
        set.Organization("Nebraska");
        set.Place("Des Moines");
        Assert.DoesNotContain("Junior", set.Organizations.Names());
    }

    [Fact]
    public void A_town_a_sports_article_also_puts_a_game_in_stays_a_place()
    {
        var set = TestArticles.Recognize(
            "The striker scored twice as the coach watched his side beat Tulsa in the league match.",
            "The two rivals meet again next season at the stadium in Tulsa, where the goals dried up last season.");
        Assert.Contains("Tulsa", set.Places.Names());
    }
}
