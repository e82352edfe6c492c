namespace NewsArchive.Extraction.Tests.Entities;

/// <summary>
/// Shapes from the round-8 entity pass over the unseen sets: name boundaries at a dotted legal suffix and at "on" before a
/// date, companies named for a trade that no surname shares, plural titles and roster positions before full names, a
/// constituency named like a person before a legislator's title, and "a Lowell Democrat".
/// </summary>
public class QualityEntities8PatternTests
{
    [Fact]
    public void A_dotted_legal_suffix_ends_the_name_before_the_next_sentences_subject()
    {
        var set = TestArticles.Recognize(
            "Harwick Bank advised Dunmore, while Brackley Partners worked with Tallis Capital Inc. Dunmore will hold a vote in May.",
            "The charge was denied by Fenwick Care Ltd. Jurors heard from six witnesses.");
        set.Organization("Tallis Capital Inc.");
        set.Organization("Fenwick Care Ltd.");
        Assert.DoesNotContain(set.AllSurfaceForms(), f => f.Contains("Inc. Dunmore") || f.Contains("Ltd. Jurors"));
    }

    [Fact]
    public void A_dotted_legal_suffix_still_qualifies_a_title_after_it()
    {
        var set = TestArticles.Recognize("Marlow Foods Corp. Chief Executive Dana Whitcombe spoke to analysts.");
        Assert.Equal(["Chief Executive of Marlow Foods Corp."], set.Person("Dana Whitcombe").Roles);
    }

    [Fact]
    public void On_before_a_weekday_or_month_is_no_part_of_an_organizations_name()
    {
        var set = TestArticles.Recognize(
            "Figures published by the Department of Health on Tuesday showed longer waits.",
            "The book comes out in paperback from the University of Wessex Press on Nov. 3.");
        set.Organization("Department of Health");
        set.Organization("University of Wessex Press");
        Assert.DoesNotContain(set.AllSurfaceForms(), f => f.Contains(" on "));
    }

    [Fact]
    public void A_trade_word_no_surname_shares_makes_a_company_after_a_given_name()
    {
        var set = TestArticles.Recognize(
            "She has worked at a Tyson Foods plant for 12 years.",
            "Dairy farmers supplying Dennis Dairies will see their milk price cut, and Douglas Freight said it would cut routes.");
        set.Organization("Tyson Foods");
        set.Organization("Dennis Dairies");
        set.Organization("Douglas Freight");
        Assert.Empty(set.People);
    }

    [Fact]
    public void Two_companies_joined_by_and_stay_two_when_the_first_ends_in_a_trade_word()
    {
        var set = TestArticles.Recognize("Marsh Vale Creamery and Pennine Milk Partners have both confirmed reductions.");
        set.Organization("Marsh Vale Creamery");
        set.Organization("Pennine Milk Partners");
    }

    [Fact]
    public void A_plural_title_before_a_list_of_full_names_leaves_each_name_a_person()
    {
        var set = TestArticles.Recognize(
            "She was joined by Justices Lionel Marchbank, Teresa Holloway and Grace Pettifer.",
            "He voted no along with Councilmembers Nina Tredwell and Pete Ansari.");
        set.Person("Lionel Marchbank");
        set.Person("Grace Pettifer");
        set.Person("Nina Tredwell");
        set.Person("Pete Ansari");
        Assert.DoesNotContain(set.AllSurfaceForms(), f => f.StartsWith("Justices") || f.StartsWith("Councilmembers"));
    }

    [Fact]
    public void A_roster_position_before_a_full_name_is_no_part_of_the_name()
    {
        var set = TestArticles.Recognize(
            "F Trey Kinsella (hamstring) did not play.",
            "Forward Devin Oyelaran (lower body) remains on injured reserve.",
            "Centre Fergus Brannock restored the lead just before the break.");
        set.Person("Trey Kinsella");
        set.Person("Devin Oyelaran");
        set.Person("Fergus Brannock");
    }

    [Fact]
    public void A_constituency_named_like_a_person_before_a_legislators_title_is_split_from_the_name()
    {
        var set = TestArticles.Recognize(
            "Kimberley MP Marcus Edgecombe said he had written to the board.",
            "Sinn Féin West Belfast MLA Aoife Donnelly said the community was shaken.");
        set.Person("Marcus Edgecombe");
        set.Person("Aoife Donnelly");
        Assert.DoesNotContain(set.People, p => p.Name.Contains("MP") || p.Name.Contains("MLA"));
    }

    [Fact]
    public void A_town_and_a_party_after_a_is_the_town_not_a_person()
    {
        var set = TestArticles.Recognize(
            "Lowell Mayor Dolores Ngo said the city would hold a meeting.",
            "State Representative Vanessa Kouyoumjian, a Lowell Democrat, said she would refile a bill.");
        set.Place("Lowell");
        Assert.DoesNotContain(set.People, p => p.Name.Contains("Democrat"));
    }

    [Fact]
    public void An_interstate_named_by_its_number_is_a_place()
    {
        var set = TestArticles.Recognize("The storm flipped a tractor-trailer on Interstate 65 and closed Highway 12 near the river.");
        set.Place("Interstate 65");
        set.Place("Highway 12");
    }

    [Fact]
    public void A_listed_conference_named_with_a_number_is_an_organization()
    {
        var set = TestArticles.Recognize("The win keeps the Owls in the Big 12 race, and they lead the Big 12 in rushing.");
        set.Organization("Big 12");
        Assert.Empty(set.Places);
    }

    [Fact]
    public void A_monthly_named_for_its_state_is_an_organization()
    {
        var set = TestArticles.Recognize("Asked in 2019 by a Vermont Monthly writer whether he regretted it, he laughed.");
        set.Organization("Vermont Monthly");
    }

    [Fact]
    public void A_sentence_initial_common_noun_or_adjective_is_no_part_of_the_name_after_it()
    {
        var set = TestArticles.Recognize(
            "Bookies Paddington have slashed the odds on a record.",
            "Current Millbrook coach Lena Soto said the team would wear black armbands.");
        set.Organization("Paddington");
        Assert.DoesNotContain(set.AllSurfaceForms(), f => f.StartsWith("Bookies") || f.StartsWith("Current"));
    }

    [Fact]
    public void A_party_word_between_a_chamber_and_a_lower_case_noun_is_no_part_of_the_chambers_name()
    {
        var set = TestArticles.Recognize("Senate Republican leaders have not committed floor time to the bill.");
        set.Organization("Senate");
        Assert.DoesNotContain(set.AllSurfaceForms(), f => f.Contains("Senate Republican"));
    }

    [Fact]
    public void A_town_naming_one_site_of_a_body_is_a_place()
    {
        var set = TestArticles.Recognize(
            "Dr. Miriam Fisk, a physician at the system's Larchmont clinic, said the tool saves time.",
            "Red Mesa's Tulloch offices will remain open, and the Pellbury theatre turns 50 this year.");
        set.Place("Larchmont");
        set.Place("Tulloch");
        set.Place("Pellbury");
    }

    [Fact]
    public void A_plant_after_the_stays_open_to_the_company_and_a_state_university_is_no_town()
    {
        var set = TestArticles.Recognize(
            "Workers at the Harwood plant voted to strike.",
            "A free shuttle will run from the Texas State campus every 15 minutes.");
        Assert.DoesNotContain(set.Places, p => p.Name is "Harwood" or "Texas State");
    }

    [Fact]
    public void A_town_after_a_surname_and_of_between_commas_is_a_place()
    {
        var set = TestArticles.Recognize("Mr Ashdown, of Radwell, admitted fraud by abuse of position at Bolton Crown Court.");
        set.Place("Radwell");
    }

    [Fact]
    public void A_capitalized_word_before_a_number_is_no_place()
    {
        var set = TestArticles.Recognize(
            "Her daughter is in Year 10 at the school.",
            "He was hurt in Game 1 and sat out in Division One, but he had said from Day One that he would play.");
        Assert.Empty(set.Places);
    }

    [Fact]
    public void A_print_editions_name_is_no_place()
    {
        var set = TestArticles.Recognize("A version of this article appears in print on Nov. 5, Section B, Page 11 of the Chicago edition.");
        Assert.Empty(set.Places);
    }
}
