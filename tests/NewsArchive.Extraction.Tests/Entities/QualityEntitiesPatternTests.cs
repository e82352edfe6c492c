namespace NewsArchive.Extraction.Tests.Entities;

/// <summary>Patterns fixed against real-news shapes: clubs, public bodies, acronyms, credits and places listed with "and".</summary>
public class QualityEntitiesPatternTests
{
    [Fact]
    public void A_town_named_for_its_club_is_an_organization_when_it_takes_a_plural_verb_in_a_sports_article()
    {
        var set = TestArticles.Recognize(
            "Newcastle have agreed a fee with Tornvik for the striker, who scored 19 goals this season.",
            "Newcastle, who are eighth in the league, face Tornvik again before the transfer window shuts.");
        set.Organization("Newcastle");
        Assert.DoesNotContain("Newcastle", set.Places.Names());
    }

    [Fact]
    public void A_town_after_a_place_preposition_stays_a_place_in_a_sports_article()
    {
        var set = TestArticles.Recognize(
            "The striker will complete a medical in Brighton on Friday, the club said.",
            "The coach said the squad had scored too few goals this season.");
        set.Place("Brighton");
        Assert.DoesNotContain("Brighton", set.Organizations.Names());
    }

    [Fact]
    public void A_name_before_a_players_position_is_a_club()
    {
        var set = TestArticles.Recognize(
            "The deal follows the signing of the Lyon midfielder Pascal Ferrand earlier this month.",
            "Ferrand's former Porto youth coach said the striker had scored goals at every level of the league.");
        set.Organization("Lyon");
        set.Organization("Porto");
        set.Person("Pascal Ferrand");
    }

    [Fact]
    public void A_plural_verb_after_a_clause_opening_name_marks_an_organization_outside_sport_too()
    {
        var set = TestArticles.Recognize("Brellham have confirmed the closure of two depots, but Quorvane were unavailable for comment.");
        set.Organization("Brellham");
        set.Organization("Quorvane");
    }

    [Fact]
    public void A_plural_verb_whose_subject_is_another_noun_marks_nothing()
    {
        var set = TestArticles.Recognize("House prices in Tarnwick have risen for a third month, the survey found.");
        Assert.DoesNotContain("Tarnwick", set.Organizations.Names());
    }

    [Fact]
    public void Well_known_clubs_regulators_and_outlets_are_organizations_without_a_cue()
    {
        var set = TestArticles.Recognize(
            "The striker had attracted interest from Juventus and Borussia Dortmund.",
            "Valadares told Portuguese newspaper Record that talks went well, and ESPN reported the fee first.");
        set.Organization("Juventus");
        set.Organization("Borussia Dortmund");
        set.Organization("ESPN");
    }

    [Fact]
    public void An_acronym_that_takes_the_or_speaks_is_an_organization_but_a_measure_is_not()
    {
        var set = TestArticles.Recognize(
            "The club told the stock market regulator, the CVMQ, that an agreement had been reached.",
            "KRTA said buses on Route 9 will detour while the GDP figures are revised.");
        set.Organization("CVMQ");
        set.Organization("KRTA");
        Assert.DoesNotContain("GDP", set.Organizations.Names());
    }

    [Fact]
    public void A_state_chamber_keeps_its_lower_case_state_and_the_state_before_it()
    {
        var set = TestArticles.Recognize("A former teacher won a special election for a Georgia state Senate seat on Tuesday.");
        set.Organization("Georgia state Senate");
        Assert.DoesNotContain("Senate", set.Organizations.Names());
    }

    [Fact]
    public void A_photographer_credited_with_a_slash_is_not_a_person()
    {
        var set = TestArticles.Recognize("Dana Moreby's interception sealed the win. (Quentin Haller/Getty Images)");
        Assert.DoesNotContain("Quentin Haller", set.People.Names());
    }

    [Fact]
    public void A_social_media_handle_is_no_entity()
    {
        var set = TestArticles.Recognize("Contact the reporter at rfell@example.com; @RosalindFell.");
        Assert.Empty(set.Organizations);
        Assert.Empty(set.People);
    }

    [Fact]
    public void An_appositive_whose_organization_noun_is_a_possessive_leaves_the_person_a_person()
    {
        var set = TestArticles.Recognize("Kathryn Dellamore, the agency's duty flood manager, said ground was saturated.");
        set.Person("Kathryn Dellamore");
        Assert.DoesNotContain("Kathryn Dellamore", set.Organizations.Names());
    }

    [Fact]
    public void Two_places_joined_by_and_stay_two_places_but_a_place_named_with_and_is_one()
    {
        var set = TestArticles.Recognize(
            "The rules apply in England and Wales from April.",
            "Drivers should take care on the A75 in Dumfries and Galloway.");
        set.Place("England");
        set.Place("Wales");
        set.Place("Dumfries and Galloway");
        Assert.DoesNotContain("England and Wales", set.Places.Names());
    }

    [Fact]
    public void A_known_place_that_opens_with_a_compass_word_is_a_place()
    {
        var set = TestArticles.Recognize("The warning covers the coast of Cumbria and much of Northern Ireland.");
        set.Place("Northern Ireland");
    }

    [Fact]
    public void A_county_council_names_the_county_the_gazetteer_knows()
    {
        var set = TestArticles.Recognize("Cumbria County Council was abolished in 2023, officials said.");
        set.Place("Cumbria");
        Assert.DoesNotContain("Cumbria County", set.Places.Names());
    }

    [Fact]
    public void A_plural_role_word_that_ends_a_company_name_stays_in_the_name()
    {
        var set = TestArticles.Recognize("Stocks rose, said Marisa Whitby, chief strategist at Pellham Row Advisors in New York.");
        set.Organization("Pellham Row Advisors");
    }

    [Fact]
    public void A_market_index_is_no_organization()
    {
        var set = TestArticles.Recognize("The Vantor Dollar Spot Index slipped 0.3% on Wednesday.");
        Assert.DoesNotContain("Vantor Dollar Spot Index", set.Organizations.Names());
    }

    [Fact]
    public void A_police_and_crime_commissioner_is_a_title_not_an_organization()
    {
        var set = TestArticles.Recognize("The West Midlands Police and Crime Commissioner, Simon Fellgate, said knife crime had fallen.");
        set.Person("Simon Fellgate");
        Assert.DoesNotContain("Crime Commissioner", set.Organizations.Names());
    }

    [Fact]
    public void A_body_named_for_a_county_whose_name_is_a_given_name_is_no_person()
    {
        var set = TestArticles.Recognize("Classes were canceled, according to Marion County Emergency Management, and Marion County Public Schools closed.");
        set.Organization("Marion County Emergency Management");
        set.Organization("Marion County Public Schools");
        Assert.Empty(set.People);
    }

    [Fact]
    public void A_broadcasters_call_sign_is_an_organization()
    {
        var set = TestArticles.Recognize("\"We are confident this was a tornado,\" the forecaster told KVTR on Tuesday.");
        set.Organization("KVTR");
    }

    [Fact]
    public void A_numbered_appeals_court_keeps_its_ordinal()
    {
        var set = TestArticles.Recognize("The 7th U.S. Circuit Court of Appeals on Tuesday blocked the rule.");
        set.Organization("7th U.S. Circuit Court of Appeals");
    }

    [Fact]
    public void A_society_for_the_protection_of_something_is_one_name()
    {
        var set = TestArticles.Recognize("The Harland Society for the Protection of Rivers welcomed the plan.");
        set.Organization("Harland Society for the Protection of Rivers");
    }

    [Fact]
    public void A_hyphenated_industry_description_after_a_name_marks_a_company()
    {
        var set = TestArticles.Recognize("Zephyrine, the Texas-based chipmaker, said in a statement that sales rose.");
        set.Organization("Zephyrine");
    }

    [Fact]
    public void An_organization_noun_that_modifies_a_role_leaves_the_person_a_person()
    {
        var set = TestArticles.Recognize("Dorrit Vane, the committee chairman, said the hearing would go ahead.");
        set.Person("Dorrit Vane");
    }

    [Fact]
    public void A_school_or_chapel_named_after_a_person_is_no_person()
    {
        var set = TestArticles.Recognize("Families sheltered at Edwina Marlow High and at Wesley Chapel on Tuesday.");
        set.Organization("Edwina Marlow High");
        set.Place("Wesley Chapel");
        Assert.Empty(set.People);
    }

    [Fact]
    public void A_named_podcast_is_neither_a_person_nor_an_organization()
    {
        var set = TestArticles.Recognize("Former captain Steven Lorrimer, speaking on the club's Matchday Podcast, said the signing was overdue.");
        Assert.DoesNotContain(set.AllSurfaceForms(), n => n.Contains("Podcast"));
        set.Person("Steven Lorrimer");
    }

    [Fact]
    public void A_title_ending_in_a_plural_noun_before_a_full_name_is_a_role()
    {
        var set = TestArticles.Recognize(
            "Miami-Dade Supervisor of Elections Renata Villalobos said the recount would begin on Saturday.",
            "Villalobos said fewer than 300 ballots remained outstanding.");
        Assert.Contains("Supervisor of Elections of Miami-Dade", set.Person("Renata Villalobos").Roles);
        Assert.DoesNotContain(set.People.Names(), n => n.StartsWith("Elections", StringComparison.Ordinal));
    }

    [Fact]
    public void A_word_before_a_given_name_does_not_become_part_of_a_person_named_by_surname_alone()
    {
        var set = TestArticles.Recognize(
            "Miami-Dade Overseer of Elections Renata Villalobos said the recount would begin on Saturday.",
            "Villalobos said fewer than 300 ballots remained.");
        Assert.DoesNotContain(set.People.Names(), n => n.StartsWith("Elections", StringComparison.Ordinal));
    }
}
