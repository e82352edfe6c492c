namespace NewsArchive.Extraction.Tests.Entities;

/// <summary>
/// Shapes from the round-14 entity pass over sets 21–22: the office of a public title ("the Ohio Secretary of State's
/// office", "the state fire marshal's office", "the Kent County Medical Examiner's Office") is one body; a street named
/// for a person is a street, and an address is no place; "General" and "Unified" inside a body's name are no title or surname.
/// </summary>
public class QualityEntities14PatternTests
{
    [Fact]
    public void The_office_of_a_states_title_is_one_body()
    {
        var set = TestArticles.Recognize(
            "The Nevada Secretary of State's office said the count would be certified next week.",
            "Complaints went to the Vermont attorney general's office, which opened an inquiry.");
        set.Organization("Nevada Secretary of State's office");
        set.Organization("Vermont attorney general's office");
        Assert.Contains("Nevada", set.Places.Names());
    }

    [Fact]
    public void A_level_of_government_before_a_lower_case_title_names_its_office()
    {
        var set = TestArticles.Recognize("Investigators from the state fire marshal's office were at the warehouse on Friday.");
        set.Organization("state fire marshal's office");
    }

    [Fact]
    public void A_county_title_in_capitals_keeps_its_office()
    {
        var set = TestArticles.Recognize(
            "The Kent County Medical Examiner's Office has not released the man's name.",
            "Charges were brought by the Chief State's Attorney's Office after an audit.");
        set.Organization("Kent County Medical Examiner's Office");
        set.Organization("Chief State's Attorney's Office");
        Assert.DoesNotContain("Kent County Medical Examiner", set.Organizations.Names());
        Assert.DoesNotContain("Attorney's Office", set.Organizations.Names());
    }

    [Fact]
    public void An_office_holding_two_titles_is_one_body()
    {
        var set = TestArticles.Recognize("By Monday the Pueblo County Clerk and Recorder's office had counted 30,000 ballots.");
        set.Organization("Pueblo County Clerk and Recorder's office");
    }

    [Fact]
    public void A_persons_office_or_a_rooms_is_no_body()
    {
        var set = TestArticles.Recognize(
            "She waited two hours in the doctor's office before the results came.",
            "Mayor's office spokesman Dan Pruitt said the plan was on schedule.");
        Assert.DoesNotContain(set.Organizations.Names(), n => n.Contains("office", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_street_named_for_a_person_stays_a_street_whatever_follows_it()
    {
        var set = TestArticles.Recognize(
            "A barman on Michael Collins Street, who asked not to be named, said the night was quiet.",
            "Another trader on Darby Street, who runs a cafe, agreed.");
        set.Place("Michael Collins Street");
        Assert.DoesNotContain(set.People.Names(), n => n.EndsWith("Street", StringComparison.Ordinal));
    }

    [Fact]
    public void A_street_after_a_house_number_is_an_address_not_a_place()
    {
        var set = TestArticles.Recognize("Board meetings are held at the district's offices, 5100 Lamar Ave., in Austin.");
        Assert.DoesNotContain(set.All.Names(), n => n.Contains("Lamar", StringComparison.Ordinal));
        set.Place("Austin");
    }

    [Fact]
    public void A_utility_and_a_school_district_are_bodies_not_people()
    {
        var set = TestArticles.Recognize(
            "Fresno General Electric said it expects demand to approach its summer peak.",
            "Modesto City Unified, whose students return next week, said classrooms would be cooled.");
        set.Organization("Fresno General Electric");
        set.Organization("Modesto City Unified");
        Assert.Empty(set.People);
    }

    [Fact]
    public void A_park_a_quay_or_a_mall_not_named_for_a_person_is_a_place()
    {
        var set = TestArticles.Recognize(
            "Hundreds gathered on the lawn of Alder Crest Park on Sunday evening.",
            "Flood water reached Harbour Quay and the shops on Nettle Mall by noon.");
        set.Place("Alder Crest Park");
        set.Place("Harbour Quay");
        set.Place("Nettle Mall");
    }

    [Fact]
    public void A_person_whose_surname_is_a_park_word_stays_a_person()
    {
        var set = TestArticles.Recognize("\"We were lucky,\" said Linda Park, who lives nearby.");
        set.Person("Linda Park");
    }

    [Fact]
    public void A_numbered_bill_is_no_body()
    {
        var set = TestArticles.Recognize("Lawmakers passed House Bill 2210 in April, and Senate Bill 14 stalled.");
        Assert.DoesNotContain(set.Organizations.Names(), n => n.EndsWith("Bill", StringComparison.Ordinal));
    }

    [Fact]
    public void A_partys_councillors_on_a_council_are_its_group()
    {
        var set = TestArticles.Recognize(
            "The opposition Conservative group on the council said residents were paying more for less.",
            "The ruling Liberal Democrat group defended the budget.");
        set.Organization("Conservative group");
        set.Organization("Liberal Democrat group");
        Assert.DoesNotContain("Conservative", set.Organizations.Names());
    }

    [Fact]
    public void A_sentence_initial_noun_describing_a_known_body_is_no_title()
    {
        var set = TestArticles.Recognize("Regulator Ofgem said the cap would rise in April.");
        set.Organization("Ofgem");
        Assert.Empty(set.People);
    }

    [Fact]
    public void The_republics_parties_are_known_bodies()
    {
        var set = TestArticles.Recognize("Counting resumed in Cork, where Fine Gael held two seats and Fianna Fáil lost one.");
        set.Organization("Fine Gael");
        set.Organization("Fianna Fáil");
    }

    [Fact]
    public void A_heritage_body_described_by_an_appositive_is_no_person()
    {
        var set = TestArticles.Recognize("Welsh Natural Heritage, the government's wildlife adviser, did not object to the plan.");
        set.Organization("Welsh Natural Heritage");
    }

    [Fact]
    public void An_appositive_naming_a_kind_of_place_makes_the_name_a_place()
    {
        var set = TestArticles.Recognize(
            "For residents of Oakhollow, the low-lying Tulsa neighborhood that flooded twice, the buyouts came too late.",
            "Crews reached Pell Rock, a fishing village of 300 people, by boat.");
        set.Place("Oakhollow");
        set.Place("Pell Rock");
    }

    [Fact]
    public void An_appositive_about_a_persons_job_in_a_town_gives_no_place()
    {
        var set = TestArticles.Recognize(
            "Marta Quill, the city's director of parks, said the paths would reopen.",
            "Dane Forde, the mayor of a small town, said the same.");
        set.Person("Marta Quill");
        set.Person("Dane Forde");
    }

    [Fact]
    public void A_storm_titled_after_a_sentences_first_word_is_still_a_storm()
    {
        var set = TestArticles.Recognize(
            "With Hurricane Delphine's arrival two days away, the county ordered 100,000 people to leave.",
            "Delphine, still a Category 3 hurricane, was 300 miles offshore.");
        Assert.DoesNotContain(set.People.Names(), n => n.Contains("Delphine", StringComparison.Ordinal));
    }

    [Fact]
    public void A_final_or_games_is_a_happening_not_a_body_or_a_person()
    {
        var set = TestArticles.Recognize(
            "The Kings last reached the Western Cup Final in 1993.",
            "Fans packed the bars during the Final, and the city hosted the Northern Games two years later.");
        Assert.DoesNotContain(set.All.Names(), n => n.EndsWith("Final", StringComparison.Ordinal) || n.EndsWith("Games", StringComparison.Ordinal));
    }
}
