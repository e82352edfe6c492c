namespace NewsArchive.Extraction.Tests.Entities;

public class EntityClassifierTests
{
    [Fact]
    public void A_given_name_makes_a_person()
    {
        var set = TestArticles.Recognize("The plan was drafted by Rebecca Thornbury over the summer.");
        Assert.Equal(["Rebecca Thornbury"], set.People.Names());
    }

    [Fact]
    public void A_speech_verb_makes_an_unknown_name_a_person()
    {
        var set = TestArticles.Recognize("\"The figures are wrong,\" Okonkwo said.", "The minister was told by Zubarev that the deal was off.");
        Assert.Contains("Okonkwo", set.People.Names());
    }

    [Fact]
    public void An_unknown_single_capitalized_word_without_evidence_is_dropped()
    {
        var set = TestArticles.Recognize("The Brexit vote changed the mood, and Medicaid costs rose after Covid-19.");
        Assert.Empty(set.All);
    }

    [Fact]
    public void Sentence_initial_capitals_make_no_entities()
    {
        var set = TestArticles.Recognize(
            "Still, the vote went ahead. Although nobody objected, Meanwhile was the word of the day.",
            "However, Protecting residents is simply what we do. Yesterday the council met.");
        Assert.Empty(set.People);
        Assert.DoesNotContain(set.AllSurfaceForms(), f => f is "Still" or "Although" or "However" or "Protecting" or "Yesterday");
    }

    [Fact]
    public void Shouted_all_caps_runs_make_no_entities_but_short_acronyms_do()
    {
        var set = TestArticles.Recognize(
            "THE DECISION WAS MADE WITHOUT LOCAL INPUT, the union said.",
            "NATO and the FBI were not consulted.");
        Assert.DoesNotContain(set.AllSurfaceForms(), f => f.Contains("DECISION") || f.Contains("INPUT"));
        set.Organization("NATO");
        set.Organization("FBI");
    }

    [Fact]
    public void A_headline_case_line_in_the_body_makes_no_entities()
    {
        var set = TestArticles.Recognize("Angry Residents Confront Council Over Parking Plans", "Residents met on Monday.");
        Assert.Empty(set.All);
    }

    [Fact]
    public void Capitalized_phrases_inside_quotations_make_no_entities()
    {
        var set = TestArticles.Recognize("He wrote that he favours “placing Illegal Immigrants in Sanctuary Cities only.”");
        Assert.Empty(set.All);
    }

    [Fact]
    public void Organization_suffixes_and_heads_make_organizations()
    {
        var set = TestArticles.Recognize(
            "Acme Widgets Inc. and the Harbor Transit Authority signed the deal, and Northwind Corp. objected.",
            "Microsoft Corp. and Apple Inc. declined to comment.");
        foreach (var name in new[] { "Acme Widgets Inc.", "Harbor Transit Authority", "Northwind Corp.", "Microsoft Corp.", "Apple Inc." })
            set.Organization(name);
        Assert.Empty(set.People);
    }

    [Fact]
    public void Uk_institutions_are_organizations()
    {
        var set = TestArticles.Recognize("The Home Office and the Metropolitan Police said the Crown Prosecution Service had been told.");
        set.Organization("Home Office");
        set.Organization("Metropolitan Police");
        set.Organization("Crown Prosecution Service");
        Assert.Empty(set.People);
    }

    [Fact]
    public void Gazetteer_names_and_city_state_pairs_are_places()
    {
        var set = TestArticles.Recognize("The convoy left Denver for Glenwood, Colo., and then Manchester.");
        set.Place("Denver");
        set.Place("Glenwood");
        set.Place("Manchester");
        Assert.Contains("Colo.", set.Place("Colorado").Aliases);
    }

    [Fact]
    public void Demonyms_are_not_places_or_people()
    {
        var set = TestArticles.Recognize("American and British officials met Democratic leaders, officials said.");
        Assert.Empty(set.All);
    }

    [Fact]
    public void A_dateline_in_capitals_is_a_place()
    {
        var set = TestArticles.Recognize("WASHINGTON — The Senate passed the bill late on Tuesday.");
        set.Place("Washington");
    }

    [Fact]
    public void Plural_acronyms_and_bare_titles_are_not_people()
    {
        var set = TestArticles.Recognize("The Prime Minister told MPs that the CEOs had agreed.");
        Assert.Empty(set.People);
    }

    [Fact]
    public void A_name_inside_a_prepositional_phrase_is_not_made_a_person_by_the_verb_after_it()
    {
        var set = TestArticles.Recognize("Analyst Neil Saunders of Brightline Retail said shoppers were cautious.");
        Assert.Equal(["Neil Saunders"], set.People.Names());
    }

    [Fact]
    public void A_dateline_of_two_words_in_capitals_is_one_place()
    {
        var set = TestArticles.Recognize("NEW YORK (AP) — Retailers are bracing for a slow season, the National Retail Federation said.");
        Assert.Equal(["New York"], set.Places.Names());
        set.Organization("National Retail Federation");
    }

    [Fact]
    public void A_company_before_a_title_is_an_organization_mention()
    {
        var set = TestArticles.Recognize("Target Corp. Chief Executive Brian Cornell spoke to analysts.", "Shares of Target fell.");
        Assert.Equal(["Chief Executive of Target Corp."], set.Person("Brian Cornell").Roles);
        Assert.Equal(2, set.Organization("Target Corp.").Mentions.Count);
    }

    [Fact]
    public void A_camel_case_brand_is_an_organization_but_a_Mc_surname_is_not()
    {
        var set = TestArticles.Recognize("The groups, NetChoice and others, sued.", "Senate leader Mitch McConnell and Ron DeSantis objected.");
        set.Organization("NetChoice");
        set.Person("Mitch McConnell");
        set.Person("Ron DeSantis");
    }

    [Fact]
    public void A_sentence_initial_plural_before_said_is_not_a_person()
    {
        var set = TestArticles.Recognize("Unions said the offer was too low. Protesters gathered outside.");
        Assert.Empty(set.People);
    }

    [Fact]
    public void The_listener_after_told_is_not_made_a_person()
    {
        var set = TestArticles.Recognize("Mr Boone told Radio Harwick that the club was safe.");
        Assert.DoesNotContain("Radio Harwick", set.People.Names());
    }

    [Fact]
    public void A_party_tag_in_parentheses_is_not_an_entity()
    {
        var set = TestArticles.Recognize("Sen. Laura Brandt (D-Ohio) said the pipes must go.");
        Assert.Equal(["Laura Brandt"], set.People.Names());
        Assert.DoesNotContain(set.AllSurfaceForms(), f => f.Contains("D-Ohio"));
    }

    [Fact]
    public void Place_heads_and_a_town_after_a_street_make_places()
    {
        var set = TestArticles.Recognize("Keith Darrow, 52, of Mill Lane, Harwick, admitted fraud in Kittredge County.");
        set.Place("Mill Lane");
        set.Place("Harwick");
        set.Place("Kittredge County");
        Assert.Equal(["Keith Darrow"], set.People.Names());
    }

    [Fact]
    public void Two_names_joined_by_an_ampersand_are_a_firm()
    {
        var set = TestArticles.Recognize("The deal was advised by Corbin & Vale, which declined to comment.");
        set.Organization("Corbin & Vale");
    }

    [Fact]
    public void A_dateline_of_an_unknown_town_in_capitals_is_a_place()
    {
        var set = TestArticles.Recognize("MAPLE HOLLOW, Pa. — The school board voted on Tuesday.");
        Assert.DoesNotContain(set.Organizations.Names(), n => n.Contains("Maple", StringComparison.OrdinalIgnoreCase));
        set.Place("Maple Hollow");
    }

    [Fact]
    public void Places_come_from_from_and_from_river_or_lake_names()
    {
        var set = TestArticles.Recognize("Gloria Tan, a retired teacher from Morgantown, watched the River Wyle rise.");
        set.Place("Morgantown");
        set.Place("River Wyle");
    }

    [Fact]
    public void A_descriptor_adjective_at_the_start_of_a_sentence_is_not_part_of_a_name()
    {
        var set = TestArticles.Recognize("Kestrel is not alone. Rival Bluefin Systems Corp. cut 800 jobs in August.");
        set.Organization("Bluefin Systems Corp.");
    }

    [Fact]
    public void The_publication_named_in_metadata_is_the_organization_its_short_name_refers_to()
    {
        var document = TestArticles.Document("Title", null, ["Dana Whitaker told the Journal the cuts were deep."]) with { Source = "Midwest Business Journal" };
        var set = TestArticles.Recognize(document);
        Assert.Contains("the Journal", set.Organization("Midwest Business Journal").Aliases);
    }

    [Fact]
    public void The_town_that_opens_a_municipal_body_name_is_a_place_but_a_company_newspaper_or_unmarked_body_name_gives_none()
    {
        var set = TestArticles.Recognize(
            "The Fenland Rivers Board and Ashcombe Borough Council met the Harwick Town Football Club.",
            "Kestrel Software Inc. and the Washington Post were not invited.");
        // "Fenland Rivers Board" says nothing of a town (like "Stepping Hill Hospital"); "Borough Council" and "Town" do.
        Assert.Equal(["Ashcombe", "Harwick"], set.Places.Names());
        set.Organization("Fenland Rivers Board");
    }

    [Fact]
    public void An_unknown_name_after_a_place_cue_and_at_or_of_is_a_place()
    {
        var set = TestArticles.Recognize(
            "The storm surge flooded the road, and the ferry was stranded at Pellbrook for two days.",
            "Residents of the village of Orwick were moved to higher ground.");
        Assert.Contains("Pellbrook", set.Places.Names());
        Assert.Contains("Orwick", set.Places.Names());
    }

    [Fact]
    public void An_unknown_name_after_an_employer_at_is_not_a_place()
    {
        var set = TestArticles.Recognize("Tomasz Brill, an analyst at Veltrane, said the storm cost millions.");
        Assert.DoesNotContain("Veltrane", set.Places.Names());
    }

    [Fact]
    public void Friends_of_a_capitalized_name_is_an_organization()
    {
        var set = TestArticles.Recognize(
            "Volunteers from the Friends of Hartwell Park cleared the paths before the fete.",
            "The appeal was led by the Friends of Oldacre Common, who raised the money in a month.");
        Assert.Contains("Friends of Oldacre Common", set.Organizations.Names());
        Assert.Contains("Friends of Hartwell Park", set.Organizations.Names());
        Assert.DoesNotContain("Hartwell Park", set.Places.Names());
    }

    [Fact]
    public void A_stock_exchange_named_once_is_a_known_organization()
    {
        var set = TestArticles.Recognize("The stock closed at $41.20 in regular trading on the Nasdaq.");
        set.Organization("Nasdaq");
    }

    [Fact]
    public void A_given_name_and_surname_after_from_are_a_person_not_a_place()
    {
        var set = TestArticles.Recognize("He headed in a cross from Matteo Bellandi in the 80th minute.");
        set.Person("Matteo Bellandi");
        Assert.Empty(set.Places);
    }

    [Fact]
    public void An_age_appositive_with_a_article_marks_a_person()
    {
        var set = TestArticles.Recognize("The goal came late. Quorvath, a 22-year-old midfielder, scored it.");
        set.Person("Quorvath");
    }

    [Fact]
    public void The_town_after_a_persons_age_and_of_is_a_place()
    {
        var set = TestArticles.Recognize("Martin Hollis, 61, of Brackenford, admitted the theft.");
        set.Place("Brackenford");
        set.Person("Martin Hollis");
    }

    [Fact]
    public void A_name_coordinated_with_a_place_is_a_place()
    {
        var set = TestArticles.Recognize("Most evacuations were in Dunmore and Kestleigh, officials said. Sites include Mill Road and Ashcott.");
        set.Place("Dunmore");
        set.Place("Kestleigh");
        set.Place("Ashcott");
    }

    [Fact]
    public void A_word_ending_in_shire_is_a_county()
    {
        var set = TestArticles.Recognize("The railway runs through Wexhamshire and beyond.");
        set.Place("Wexhamshire");
    }

    [Fact]
    public void A_lone_given_name_after_a_place_and_a_comma_is_not_a_larger_place()
    {
        var set = TestArticles.Recognize("The last storm to hit Alabama, Wanda, came ashore at night.");
        Assert.DoesNotContain("Wanda", set.Places.Names());
        set.Place("Alabama");
    }

    [Fact]
    public void A_sentence_initial_ordinary_word_before_based_is_not_a_place()
    {
        var set = TestArticles.Recognize("The probe saw the dip first. Ground-based telescopes in Chile confirmed it.");
        Assert.DoesNotContain("Ground", set.Places.Names());
        set.Place("Chile");
    }

    [Fact]
    public void An_eponym_before_a_medical_noun_is_not_a_person()
    {
        var set = TestArticles.Recognize("The pitcher had Tommy John surgery last year, the team said.");
        Assert.Empty(set.People);
    }

    [Fact]
    public void The_house_as_a_chamber_is_an_organization_but_house_prices_are_not()
    {
        var chamber = TestArticles.Recognize("The deal was struck by the Republican-controlled Senate and the Democratic-controlled House.");
        chamber.Organization("House");
        var prices = TestArticles.Recognize("House prices rose again. The average house now costs more than ever.");
        Assert.Empty(prices.Organizations);
    }

    [Fact]
    public void Unknown_towns_in_a_list_opened_by_a_place_preposition_are_places()
    {
        var set = TestArticles.Recognize(
            "Cases have been confirmed in Larrowby, Fentwick, Dunmarsh and Worcester.",
            "The road was closed between Santa Paula and Quellan on Tuesday.");
        foreach (var town in new[] { "Larrowby", "Fentwick", "Dunmarsh", "Quellan" })
            set.Place(town);
    }

    [Fact]
    public void A_name_before_resident_is_a_place()
    {
        var set = TestArticles.Recognize("Brackwell resident Denise Orrin, 67, said the smell was unbearable.");
        set.Place("Brackwell");
        set.Person("Denise Orrin");
    }

    [Fact]
    public void A_verb_after_a_list_of_towns_in_a_prepositional_phrase_does_not_make_them_organizations()
    {
        var set = TestArticles.Recognize("Gas stations in Marrowgate and Tessaly reported running out of fuel by lunchtime.");
        set.Place("Tessaly");
        Assert.Empty(set.Organizations);
    }

    [Fact]
    public void A_plural_group_named_for_a_cause_is_one_organization_with_its_place_and_its_article()
    {
        var set = TestArticles.Recognize(
            "The campaign was led by Ohio Parents for Safer Streets, which opposes the plan.",
            "A rival group, Taxpayers for a Fair Levy, said the vote was rushed.");
        set.Organization("Ohio Parents for Safer Streets");
        set.Organization("Taxpayers for a Fair Levy");
    }

    [Fact]
    public void A_name_before_analyst_and_a_person_is_an_organization()
    {
        var set = TestArticles.Recognize("Raman answered a question from Marlowe analyst Callan Rees about prices.");
        set.Organization("Marlowe");
        set.Person("Callan Rees");
        Assert.Empty(set.Places);
    }

    [Fact]
    public void A_sentence_initial_adjective_before_a_plural_follower_is_no_organization()
    {
        var set = TestArticles.Recognize("Legal analysts said the decision could affect thousands of cases.");
        Assert.Empty(set.Organizations);
    }

    [Fact]
    public void A_common_word_before_a_countrys_name_is_a_body_named_for_the_country()
    {
        var set = TestArticles.Recognize(
            "Energy UK, which represents suppliers, said in a statement that bills would fall.",
            "The listing was approved by Heritage Wales last year, the council said.");
        set.Organization("Energy UK");
        set.Organization("Heritage Wales");
        Assert.DoesNotContain("UK", set.Places.Names());
    }
}
