namespace NewsArchive.Extraction.Tests.Entities;

public class RoleExtractorTests
{
    [Fact]
    public void A_place_before_a_title_becomes_role_of_place()
    {
        var set = TestArticles.Recognize("Boston Mayor Ellen Pratt opened the new library.");
        var pratt = set.Person("Ellen Pratt");
        Assert.Equal(["Mayor of Boston"], pratt.Roles);
        Assert.Contains("Boston Mayor Ellen Pratt", pratt.Aliases);
        Assert.Single(set.Place("Boston").Mentions);
    }

    [Fact]
    public void A_country_abbreviation_before_a_title_stays_in_front_and_then_is_dropped()
    {
        var set = TestArticles.Recognize("In 2017, then-U.S. Attorney General Roy Kemble sent letters to ten cities.");
        Assert.Equal(["U.S. Attorney General"], set.Person("Roy Kemble").Roles);
    }

    [Fact]
    public void An_appositive_after_the_name_is_the_role()
    {
        var set = TestArticles.Recognize("\"We will appeal,\" Nora Bell, policy director at the Open Roads Institute, wrote in an email.");
        Assert.Equal(["policy director at the Open Roads Institute"], set.Person("Nora Bell").Roles);
    }

    [Fact]
    public void An_age_before_the_appositive_is_skipped()
    {
        var set = TestArticles.Recognize("Sarah Okafor, 52, a nurse at the county hospital, said the ward was full.");
        Assert.Equal(["nurse at the county hospital"], set.Person("Sarah Okafor").Roles);
    }

    [Fact]
    public void Us_abbreviated_titles_are_spelled_out_and_party_tags_are_skipped()
    {
        var set = TestArticles.Recognize(
            "Sen. Jane Doe, D-Calif., said Monday that the bill would pass.",
            "Gov. Mark Hollis signed it, and Rep. Lou Ferris, R-Texas, voted against it.");
        Assert.Equal(["Senator"], set.Person("Jane Doe").Roles);
        Assert.Equal(["Governor"], set.Person("Mark Hollis").Roles);
        Assert.Equal(["Representative"], set.Person("Lou Ferris").Roles);
        Assert.DoesNotContain(set.AllSurfaceForms(), f => f.StartsWith("D-", StringComparison.Ordinal) || f.StartsWith("R-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lower_case_role_before_the_name_takes_its_qualifier()
    {
        var set = TestArticles.Recognize("Labour leader Keir Starmer visited Bristol, said spokeswoman Amy Lund.");
        Assert.Equal(["Labour leader"], set.Person("Keir Starmer").Roles);
        Assert.Equal(["spokeswoman"], set.Person("Amy Lund").Roles);
    }

    [Fact]
    public void A_title_with_of_and_a_place_keeps_the_place()
    {
        var set = TestArticles.Recognize("The Mayor of London Sadiq Khan announced the fares on Thursday.");
        Assert.Equal(["Mayor of London"], set.Person("Sadiq Khan").Roles);
    }

    [Fact]
    public void A_title_before_an_organization_head_is_not_a_role()
    {
        var set = TestArticles.Recognize("The Justice Department said on Friday that General Motors would pay the fine.");
        Assert.Empty(set.People);
        set.Organization("Justice Department");
        set.Organization("General Motors");
    }

    [Fact]
    public void A_party_before_a_name_is_a_role()
    {
        var set = TestArticles.Recognize("Democrat Joe Manley won the seat, while Republican Sen. Ted Cory conceded.");
        Assert.Equal(["Democrat"], set.Person("Joe Manley").Roles);
        Assert.Equal(["Republican Senator"], set.Person("Ted Cory").Roles);
    }

    [Fact]
    public void A_role_contained_in_a_fuller_one_is_dropped()
    {
        var set = TestArticles.Recognize(
            "Colorado Attorney General Phil Weiser sued on Monday.",
            "\"It is unlawful,\" Attorney General Weiser said.");
        Assert.Equal(["Attorney General of Colorado"], set.Person("Phil Weiser").Roles);
    }

    [Fact]
    public void A_town_unknown_to_the_gazetteer_before_a_local_title_is_a_place()
    {
        var set = TestArticles.Recognize("Pellston Falls Mayor Ann Corley said the water was safe.");
        Assert.Equal(["Mayor of Pellston Falls"], set.Person("Ann Corley").Roles);
        set.Place("Pellston Falls");
    }

    [Fact]
    public void A_title_with_a_place_and_no_name_after_it_is_a_description()
    {
        var set = TestArticles.Recognize("The bill was sponsored last year by Sir Roger Pell, the MP for Harwick, who backs it.");
        Assert.Empty(set.Organizations);
        set.Person("Roger Pell");
    }

    [Fact]
    public void A_title_set_off_by_commas_before_the_name_is_the_role()
    {
        var set = TestArticles.Recognize(
            "The shadow transport secretary, Helen Whately, called it a betrayal.",
            "Labour MPs wrote to the Prime Minister, Sir Keir Starmer, on Monday.");
        Assert.Equal(["shadow transport secretary"], set.Person("Helen Whately").Roles);
        Assert.Equal(["Prime Minister"], set.Person("Keir Starmer").Roles);
        set.Organization("Labour");
    }

    [Fact]
    public void A_sentence_initial_title_of_two_words_is_kept_whole()
    {
        var set = TestArticles.Recognize("Transport Secretary Louise Haigh confirmed the cuts, though the transport budget rose.");
        Assert.Equal(["Transport Secretary"], set.Person("Louise Haigh").Roles);
    }

    [Fact]
    public void An_organization_before_a_title_becomes_title_of_organization_and_the_short_form_is_an_alias()
    {
        var set = TestArticles.Recognize(
            "MHEA President Dolores Finch spoke first, and Board of Trustees Chair Linda Osterhout spoke last.",
            "Riverton Mayor Ann Cole listened.");
        Assert.Equal(["President of MHEA"], set.Person("Dolores Finch").Roles);
        Assert.Equal(["Chair of the Board of Trustees"], set.Person("Linda Osterhout").Roles);
        Assert.Contains("Mayor Ann Cole", set.Person("Ann Cole").Aliases);
    }

    [Fact]
    public void An_appositive_stops_before_a_relative_clause_and_a_clause_is_not_a_role()
    {
        var set = TestArticles.Recognize(
            "Lord Felling, a former immigration minister who lives nearby, objected.",
            "Mitchell Graves, who became president in 2019, resigned. Noor Haddad, professor of art history at Ashford College who studies theft, agreed.");
        Assert.Equal(["former immigration minister"], set.Person("Lord Felling").Roles);
        Assert.Empty(set.Person("Mitchell Graves").Roles);
        Assert.Equal(["professor of art history at Ashford College"], set.Person("Noor Haddad").Roles);
    }

    [Fact]
    public void A_title_with_of_set_off_by_commas_before_the_name_is_the_role()
    {
        var set = TestArticles.Recognize("The leader of the council, Cllr Imran Siddiqui, said the deal was fair.");
        Assert.Equal(["leader of the council"], set.Person("Imran Siddiqui").Roles);
    }

    [Fact]
    public void An_adjective_before_the_role_noun_stays_in_the_appositive()
    {
        var set = TestArticles.Recognize("\"It was home,\" says Hal Brody, 81, a retired machinist who first ate there in 1979.");
        Assert.Equal(["retired machinist"], set.Person("Hal Brody").Roles);
    }

    [Fact]
    public void A_country_kept_in_front_of_a_federal_title_is_no_place_mention_but_a_town_before_a_local_title_is()
    {
        var set = TestArticles.Recognize(
            "U.S. District Judge Marta Quill sentenced him on Friday.",
            "Ashby Falls Mayor Tom Reddick welcomed the ruling.");
        Assert.Equal(["U.S. District Judge"], set.Person("Marta Quill").Roles);
        Assert.DoesNotContain("U.S.", set.Places.Names());
        set.Place("Ashby Falls");
    }

    [Fact]
    public void A_british_police_rank_abbreviated_without_full_stops_is_a_role()
    {
        var set = TestArticles.Recognize("Det Con Bryony Tallis of Wessex Police said the inquiry had taken a year.");
        Assert.Contains("Detective Constable", set.Person("Bryony Tallis").Roles[0]);
    }

    [Fact]
    public void A_city_councilor_title_in_american_spelling_is_split_off_the_name()
    {
        var set = TestArticles.Recognize("City Councilor Rosa Delgado-Ames, who chairs the transport committee, objected.");
        var person = set.Person("Rosa Delgado-Ames");
        Assert.Equal(["City Councilor"], person.Roles);
    }

    [Fact]
    public void A_roster_position_abbreviation_is_a_role_not_part_of_the_name()
    {
        var set = TestArticles.Recognize("The club recalled RHP Marcus Dillard and INF Jose Ortega on Tuesday.");
        Assert.Equal(["RHP"], set.Person("Marcus Dillard").Roles);
        Assert.Equal(["INF"], set.Person("Jose Ortega").Roles);
        Assert.Empty(set.Organizations);
    }

    [Fact]
    public void A_person_noun_opening_a_sentence_before_a_full_name_is_a_role_not_part_of_the_name()
    {
        var set = TestArticles.Recognize(
            "Commuter Orlaith Brennock, who travels in every weekday, said she was worried.",
            "Freshman Tavia Kellerby added 14 points off the bench.",
            "City Controller Bram Osterholt warned of a gap.");
        Assert.Equal(["Commuter"], set.Person("Orlaith Brennock").Roles);
        Assert.Equal(["Freshman"], set.Person("Tavia Kellerby").Roles);
        Assert.Equal(["City Controller"], set.Person("Bram Osterholt").Roles);
        Assert.DoesNotContain(set.People.Names(), n => n.StartsWith("Commuter") || n.StartsWith("Freshman") || n.StartsWith("City"));
    }

    [Fact]
    public void Capitalized_words_before_an_honorific_describe_the_person_who_follows()
    {
        var set = TestArticles.Recognize("Pathologist Dr Ilsabet Vorwerk is expected to give evidence on Thursday.");
        var person = set.Person("Ilsabet Vorwerk");
        Assert.Equal(["Pathologist"], person.Roles);
    }

    [Fact]
    public void Letters_after_a_name_for_an_honour_are_not_part_of_it_and_the_surname_joins_the_person()
    {
        var set = TestArticles.Recognize(
            "Opening the case, Jonas Pellingham KC told the jury the men had argued.",
            "Mr Pellingham said the knife was never found.");
        var person = set.Person("Jonas Pellingham");
        Assert.Contains("Mr Pellingham", person.Aliases);
        Assert.Single(set.People);
    }

    [Fact]
    public void A_club_name_ending_in_letters_keeps_them()
    {
        var set = TestArticles.Recognize("Sporting KC beat the visitors 2-1 on Saturday, the club said.");
        Assert.DoesNotContain("Sporting", set.All.Names());
    }

    [Fact]
    public void A_party_acronym_before_a_legislator_title_is_an_organization_and_the_title_a_role()
    {
        var set = TestArticles.Recognize("SDLP MLA Ciaran Tolland, a member of the committee, said the strike should never have happened.");
        Assert.Contains("Ciaran Tolland", set.People.Names());
        Assert.DoesNotContain(set.Organizations.Names(), n => n.Contains("Tolland"));
    }

    [Fact]
    public void A_given_name_after_a_police_rank_abbreviation_is_no_title_and_the_rank_no_organization()
    {
        var set = TestArticles.Recognize("PC Dean Ollerby, a forensic collision investigator, told the inquest the road was wet.");
        Assert.DoesNotContain("PC", set.Organizations.Names());
    }

    [Fact]
    public void A_title_in_capitals_after_a_party_is_not_part_of_the_partys_name()
    {
        var set = TestArticles.Recognize("The seat fell vacant when the sitting Labour MP, Peregrine Ashcombe-Lyle, stood down in February.");
        Assert.DoesNotContain("Labour MP", set.Organizations.Names());
    }
    [Fact]
    public void A_given_name_that_is_also_a_title_before_a_lone_surname_is_the_persons_given_name()
    {
        var set = TestArticles.Recognize("Green Party councillor Dean Halloway said the budget was unfair.", "Halloway voted against it.");
        Assert.Contains("Dean Halloway", set.People.Names());
        Assert.DoesNotContain("Halloway", set.People.Names());
    }

    [Fact]
    public void A_given_name_that_is_also_a_title_after_a_police_rank_is_the_persons_given_name_and_the_rank_the_role()
    {
        var set = TestArticles.Recognize("PC Dean Ollerby, a forensic collision investigator, told the inquest the road was wet.");
        Assert.Equal(["PC"], set.Person("Dean Ollerby").Roles);
    }

    [Fact]
    public void A_title_that_is_also_a_given_name_stays_a_title_after_an_institution()
    {
        var set = TestArticles.Recognize("Brackenfield Law School Dean Priya Castellane said enrolment had risen.");
        Assert.Contains("Priya Castellane", set.People.Names());
    }

    [Fact]
    public void A_judicial_title_after_an_honorific_is_a_role_and_the_surname_the_name()
    {
        var set = TestArticles.Recognize("Mrs Justice Wetherell quashed the order on Friday.", "Mr Justice Pellow had refused permission last year.");
        Assert.Contains("Mrs Justice Wetherell", set.Person("Wetherell").Aliases);
        Assert.Contains("Pellow", set.People.Names());
        Assert.DoesNotContain(set.People.Names(), n => n.StartsWith("Justice", StringComparison.Ordinal));
    }
    [Fact]
    public void An_ice_hockey_position_at_a_sentence_start_is_a_role_before_the_name()
    {
        var set = TestArticles.Recognize("The club said the injury was minor.", "Defenseman Kasper Lindqvist (upper body) skated on his own on Friday.");
        Assert.Contains("Kasper Lindqvist", set.People.Names());
    }
    [Fact]
    public void An_undotted_short_rank_before_a_name_is_a_role()
    {
        var set = TestArticles.Recognize("Sgt Aaron Pillman, of Westshire Police, told the hearing the water was cold.");
        Assert.Equal(["Sgt"], set.Person("Aaron Pillman").Roles.Take(1));
    }
}
