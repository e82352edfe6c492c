namespace NewsArchive.Extraction.Tests.Entities;

/// <summary>News shapes: union locals, remits after "on", defined acronyms, short forms of clubs and companies, and cues for unknown company names.</summary>
public class EntityNewsShapeTests
{
    [Fact]
    public void A_union_local_with_its_number_is_one_organization()
    {
        var set = TestArticles.Recognize(
            "Members of United Kiln Workers Local 412 walked off the job on Monday.",
            "The Amalgamated Ferry Union Local 13-220, which represents about 900 crew, said talks had failed.");
        set.Organization("United Kiln Workers Local 412");
        set.Organization("Amalgamated Ferry Union Local 13-220");
    }

    [Fact]
    public void A_commission_on_a_remit_is_an_organization_but_a_theatre_on_a_street_is_not_joined_to_it()
    {
        var set = TestArticles.Recognize(
            "The Dorland Commission on Water Quality said it had received no reports.",
            "The show moves to the Pellow Theatre on Garnet Avenue in spring.");
        set.Organization("Dorland Commission on Water Quality");
        Assert.DoesNotContain("Pellow Theatre on Garnet Avenue", set.Organizations.Names());
    }

    [Fact]
    public void An_acronym_the_article_defines_joins_its_name_even_when_a_list_gives_the_letters_to_another_body()
    {
        var set = TestArticles.Recognize(
            "The England and Wales Cricket Board (ECB) said tickets for the fourth day had sold out.",
            "The ECB said refunds would follow.");
        var board = set.Organization("England and Wales Cricket Board");
        Assert.Contains("ECB", board.Aliases);
        Assert.DoesNotContain("ECB", set.Organizations.Names());
    }

    [Fact]
    public void A_mixed_case_acronym_in_parentheses_joins_the_name_it_spells()
    {
        var set = TestArticles.Recognize(
            "The coroner wrote to Transport for Greater Wessex (TfGW), which runs the junction.",
            "A spokesperson for TfGW said it would respond in full.");
        Assert.Contains("TfGW", set.Organization("Transport for Greater Wessex").Aliases);
    }

    [Fact]
    public void A_dateline_credit_in_parentheses_is_no_acronym_of_the_place()
    {
        var set = TestArticles.Recognize("NASHVILLE, Tenn. (AP) — A hospital chain said on Monday that patient records were stolen.");
        Assert.DoesNotContain("AP", set.Place("Tennessee").Aliases);
    }

    [Fact]
    public void A_known_name_joined_by_and_stays_one_organization()
    {
        var set = TestArticles.Recognize("The University and College Union (UCU) said it would ballot members.");
        var union = set.Organization("University and College Union");
        Assert.Contains("UCU", union.Aliases);
    }

    [Fact]
    public void The_last_word_of_a_club_name_joins_the_club()
    {
        var set = TestArticles.Recognize(
            "Aston Villa beat Harwick Rovers 2-0 in the league on Saturday, and the coach praised the goals.",
            "Villa were the better side throughout the match.");
        var club = set.Organization("Aston Villa");
        Assert.Contains("Villa", club.Aliases);
        Assert.DoesNotContain("Villa", set.Organizations.Names());
    }

    [Fact]
    public void A_town_the_article_writes_as_its_club_joins_the_club()
    {
        var set = TestArticles.Recognize(
            "Bolton Wanderers lost 2-1 at home in the league, and the coach blamed the goals conceded.",
            "Bolton have now lost three games in a row.");
        Assert.Contains("Bolton", set.Organization("Bolton Wanderers").Aliases);
        Assert.DoesNotContain("Bolton", set.Organizations.Names());
    }

    [Fact]
    public void A_company_first_word_joins_it_even_after_shares_in()
    {
        var set = TestArticles.Recognize(
            "Varrow Holdings agreed a merger on Monday.",
            "Shares in Varrow rose 14 per cent, and Varrow investors will own 46 per cent.");
        Assert.Contains("Varrow", set.Organization("Varrow Holdings").Aliases);
    }

    [Fact]
    public void What_only_an_organization_has_after_a_possessive_marks_the_owner_as_an_organization()
    {
        var set = TestArticles.Recognize(
            "\"It matters,\" said Dr Ilse Marrow, Quillby's co-founder and chief executive.",
            "Quillby said the frames would go on sale in June.");
        set.Organization("Quillby");
        Assert.DoesNotContain("Quillby", set.People.Names());
    }

    [Fact]
    public void An_indefinite_description_before_a_name_marks_an_organization()
    {
        var set = TestArticles.Recognize("The orchestra is now backed by a local shipping company, Garrow Marine, and by a crowdfunding campaign.");
        set.Organization("Garrow Marine");
    }

    [Fact]
    public void A_service_or_architects_before_a_name_and_founded_mark_organizations()
    {
        var set = TestArticles.Recognize(
            "Talks will resume at the conciliation service Penvar on Thursday.",
            "The work, designed by architects Tolland Vray, will add two lifts.",
            "She founded Brisk in 2021 with a former engineer.");
        set.Organization("Penvar");
        set.Organization("Tolland Vray");
        set.Organization("Brisk");
    }

    [Fact]
    public void A_name_before_a_kind_of_place_noun_is_a_place()
    {
        var set = TestArticles.Recognize("She spent the evening knocking on doors in the Parrowby neighborhood, and later in the Kestle estate.");
        set.Place("Parrowby");
        set.Place("Kestle");
    }

    [Fact]
    public void An_unknown_town_opens_a_body_name_only_when_the_body_is_the_towns_own()
    {
        var set = TestArticles.Recognize(
            "The Marrow Unified School District closed two schools, and the Tallis Hill Hospital and the Brenna Welfare Trust said they would help.");
        set.Place("Marrow");
        Assert.DoesNotContain("Tallis Hill", set.Places.Names());
        Assert.DoesNotContain("Brenna Welfare", set.Places.Names());
    }

    [Fact]
    public void A_minor_league_level_before_a_town_names_a_club_not_a_place()
    {
        var set = TestArticles.Recognize("The shortstop was called up from Triple-A Harlow on Tuesday after hitting .318.");
        set.Organization("Triple-A Harlow");
        Assert.Empty(set.Places);
    }

    [Fact]
    public void English_and_college_leagues_named_with_a_number_word_are_whole_organizations()
    {
        var set = TestArticles.Recognize(
            "The win lifted the club to the top of League One, and they travel to the Carabao Cup second round next.",
            "The Hawkeyes improved to 8-1 in Big Ten play.");
        set.Organization("League One");
        set.Organization("Carabao Cup");
        set.Organization("Big Ten");
        Assert.Empty(set.Places);
    }

    [Fact]
    public void A_town_around_which_services_run_is_a_place_and_a_titled_place_name_after_it_is_no_role()
    {
        var set = TestArticles.Recognize("The cuts hit bus routes serving villages around Pellham, Bishop's Tarrow and Wendle.");
        set.Place("Pellham");
        Assert.Empty(set.People);
    }

    [Fact]
    public void A_state_and_a_party_describe_a_person_and_only_the_state_is_an_entity()
    {
        var set = TestArticles.Recognize(
            "The Kansas Republican scheduled a markup for next week.",
            "Senator Ann Trell, a fellow Oregon Democrat, said she would vote no.");
        set.Place("Kansas");
        set.Place("Oregon");
        Assert.Equal(["Ann Trell"], set.People.Names());
    }

    [Fact]
    public void The_publication_the_metadata_names_is_an_organization_where_the_body_writes_it_in_capitals_or_a_credit()
    {
        var document = TestArticles.Document("Title", null, [
            "The councillor told WESSEXPOST that the vote would be close.",
            "The town hall on Market Street (Image: Harrow Herald) was closed.",
        ]) with { Source = "WESSEXPOST" };
        var set = TestArticles.Recognize(document);
        set.Organization("WESSEXPOST");
        var credited = TestArticles.Recognize(TestArticles.Document("Title", null, ["The town hall on Market Street (Image: Harrow Herald) was closed."]) with { Source = "The Harrow Herald" });
        credited.Organization("Harrow Herald");
    }

    [Fact]
    public void A_relative_named_by_given_name_alone_after_a_comma_is_a_person()
    {
        var set = TestArticles.Recognize(
            "\"He walked that road every night,\" his son, Tariq, said.",
            "Nora Vell said her 84-year-old mother, Bernadette, waited 41 hours.");
        set.Person("Tariq");
        set.Person("Bernadette");
    }

    [Fact]
    public void An_appositive_role_closed_by_an_acronym_in_parentheses_makes_a_person()
    {
        var set = TestArticles.Recognize("Estephe Varrow, regional director of the Guild of Wessex Nurses (GWN), said staff were exhausted.");
        Assert.Contains("regional director of the Guild of Wessex Nurses", set.Person("Estephe Varrow").Roles);
    }

    [Fact]
    public void Baseball_roster_positions_are_titles_not_parts_of_names()
    {
        var set = TestArticles.Recognize(
            "Closer Dario Vence pitched a scoreless ninth to earn the win.",
            "Rockies: SS Cody Marrin (left hamstring strain) ran the bases before the game.");
        set.Person("Dario Vence");
        set.Person("Cody Marrin");
        Assert.Empty(set.Organizations);
    }

    [Fact]
    public void The_opening_words_of_one_organization_join_it_unless_they_are_a_whole_body()
    {
        var set = TestArticles.Recognize(
            "Drivers at Northern Varro Rail will strike on Monday, and Northern Varro, which operates the line, said services would be cut.",
            "Caledon University and the Caledon University Students' Association met on Friday.");
        Assert.Contains("Northern Varro", set.Organization("Northern Varro Rail").Aliases);
        set.Organization("Caledon University");
    }

    [Fact]
    public void The_publications_own_name_found_with_the_is_one_organization()
    {
        var document = TestArticles.Document("Title", null, ["The mayor told The Wessex Standard the plan would go ahead."]) with { Source = "The Wessex Standard" };
        var set = TestArticles.Recognize(document);
        Assert.Single(set.Organizations);
    }

    [Fact]
    public void A_club_that_owns_a_role_still_joins_its_full_name_and_a_speech_clause_is_no_appositive_role()
    {
        var set = TestArticles.Recognize(
            "Aston Villa have agreed a fee with Benfica for striker Tomas Avelo, the coach said after the match.",
            "Talks were held between Villa’s president of football operations, Dominic Hale, and Benfica.");
        Assert.Contains("Villa", set.Organization("Aston Villa").Aliases);
        Assert.DoesNotContain(set.Person("Tomas Avelo").Roles, r => r.Contains("said"));
    }

    [Fact]
    public void A_name_listed_beside_a_known_company_or_based_somewhere_is_an_organization()
    {
        var set = TestArticles.Recognize(
            "The heaters were sold at Walmart, Target, Brennick and online at Amazon.",
            "Gulfmark bought the plant from Dutch-based Varnelle in 2016.",
            "Local councillor Saima Rahim (Labour, Tolham Vale) said the road was dangerous.");
        set.Organization("Brennick");
        set.Organization("Varnelle");
        Assert.DoesNotContain("Tolham Vale", set.Organizations.Names());
    }

    [Fact]
    public void A_committee_named_for_fields_and_bodies_headed_by_division_conference_or_observatory_are_whole_organizations()
    {
        var set = TestArticles.Recognize(
            "Sen. Wade Harl, a member of the Senate Energy and Water Committee, called the report alarmist.",
            "Results are due to the Ostrava Division of Elections by Friday, according to the National Conference of Rural Libraries.",
            "Estimates by the Tollard Observatory suggest a rise, and Historic Buildings Scotland raised concerns.");
        set.Organization("Senate Energy and Water Committee");
        set.Organization("Ostrava Division of Elections");
        set.Organization("National Conference of Rural Libraries");
        set.Organization("Tollard Observatory");
        set.Organization("Historic Buildings Scotland");
    }

    [Fact]
    public void A_town_the_sports_pages_use_for_its_club_is_the_club_in_a_football_story()
    {
        var set = TestArticles.Recognize(
            "Newcastle have agreed a fee for the midfielder, and the squad will be strengthened before the window shuts.",
            "Newcastle boss Cal Derry said the club's football had improved since the midfield was rebuilt.");
        set.Organization("Newcastle");
        Assert.DoesNotContain("Newcastle", set.Places.Names());
    }

    [Fact]
    public void A_shouted_word_the_article_also_writes_in_lower_case_is_no_part_of_a_name()
    {
        var set = TestArticles.Recognize(
            "Harlow AGREE fee for striker",
            "Harlow agreed the fee on Tuesday, the club said after the match, and the coach praised the squad.");
        Assert.DoesNotContain("Harlow AGREE", set.AllSurfaceForms());
    }

    [Fact]
    public void A_city_written_as_its_club_joins_the_club_named_in_full()
    {
        var set = TestArticles.Recognize(
            "The Kansas City Royals beat Detroit 5-3 in the league on Sunday, and the pitcher scored twice.",
            "Kansas City beat the Tigers again the next night to win the season series.");
        Assert.Contains("Kansas City", set.Organization("Kansas City Royals").Aliases);
    }

    [Fact]
    public void Keys_ice_shelves_glaciers_and_reefs_are_places()
    {
        var set = TestArticles.Recognize(
            "Residents of Little Tarpon Key were told to leave, and the Lower Keys will lose power.",
            "She first drilled through the Varden Ice Shelf in 1974.");
        set.Place("Little Tarpon Key");
        set.Place("Lower Keys");
        set.Place("Varden Ice Shelf");
    }

    [Fact]
    public void The_home_state_or_town_in_a_party_tag_is_a_place()
    {
        var set = TestArticles.Recognize(
            "Sen. Jo Hale, D-Ore., voted for the bill, and Assemblymember Kay Lindby, R-Marlow Springs, voted no.");
        set.Place("Oregon");
        set.Place("Marlow Springs");
    }
}
