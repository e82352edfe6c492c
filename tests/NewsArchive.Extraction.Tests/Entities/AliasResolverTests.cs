namespace NewsArchive.Extraction.Tests.Entities;

public class AliasResolverTests
{
    [Fact]
    public void Two_people_with_one_surname_are_not_merged_and_a_bare_surname_is_dropped()
    {
        var set = TestArticles.Recognize(
            "John Smith and Jane Smith run the bakery on the high street.",
            "Smith said the shop would stay open.");
        Assert.Equal(["John Smith", "Jane Smith"], set.People.Names());
        Assert.All(set.People, p => Assert.DoesNotContain("Smith", p.Aliases));
        Assert.DoesNotContain("Smith", set.All.Names());
    }

    [Fact]
    public void An_honorific_tells_two_people_with_one_surname_apart()
    {
        var set = TestArticles.Recognize(
            "John Smith and Jane Smith run the bakery on the high street.",
            "Mrs Smith said the shop would stay open. Mr Smith disagreed.");
        Assert.Contains("Mrs Smith", set.Person("Jane Smith").Aliases);
        Assert.Contains("Mr Smith", set.Person("John Smith").Aliases);
    }

    [Fact]
    public void Surname_and_titled_forms_join_the_full_name()
    {
        var set = TestArticles.Recognize(
            "Governor Karen Whitfield signed the bill on Friday.",
            "Whitfield said it was overdue. Gov. Whitfield later left for the coast, and Ms. Whitfield's aides stayed behind.");
        var whitfield = set.Person("Karen Whitfield");
        Assert.Equal(4, whitfield.Mentions.Count);
        Assert.Contains("Whitfield", whitfield.Aliases);
        Assert.Contains("Gov. Whitfield", whitfield.Aliases);
        Assert.Contains("Ms. Whitfield", whitfield.Aliases);
        Assert.Single(set.People);
    }

    [Fact]
    public void Uk_style_titles_without_full_stops_resolve()
    {
        var set = TestArticles.Recognize(
            "Sir Keir Starmer met union leaders in Leeds.",
            "Mr Starmer said the talks had gone well, and Sir Keir promised to return.");
        var starmer = set.Person("Keir Starmer");
        Assert.Contains("Sir Keir Starmer", starmer.Aliases);
        Assert.Contains("Mr Starmer", starmer.Aliases);
        Assert.Equal(3, starmer.Mentions.Count);
        set.Place("Leeds");
    }

    [Fact]
    public void An_acronym_introduced_in_parentheses_joins_its_organization()
    {
        var set = TestArticles.Recognize(
            "The Northern Fisheries Compliance Board (NFCB) issued new quotas.",
            "The NFCB said the quotas would hold until spring.");
        var board = set.Organization("Northern Fisheries Compliance Board");
        Assert.Contains("NFCB", board.Aliases);
        // The name, the acronym in parentheses and the acronym alone.
        Assert.Equal(3, board.Mentions.Count);
        Assert.Single(set.Organizations);
    }

    [Fact]
    public void An_acronym_joins_its_organization_without_parentheses_when_the_initials_match()
    {
        var set = TestArticles.Recognize(
            "Officials at the Department of Rural Water Safety announced an inquiry.",
            "A DRWS spokesperson declined to comment.");
        Assert.Contains("DRWS", set.Organization("Department of Rural Water Safety").Aliases);
    }

    [Fact]
    public void An_acronym_that_matches_no_name_stays_apart()
    {
        var set = TestArticles.Recognize(
            "Officials at the Department of Rural Water Safety announced an inquiry.",
            "The FBI declined to comment.");
        Assert.DoesNotContain("FBI", set.Organization("Department of Rural Water Safety").Aliases);
        set.Organization("FBI");
    }

    [Fact]
    public void A_possessive_is_a_mention_but_not_an_alias()
    {
        var set = TestArticles.Recognize("Senator Maria Ortega spoke on Tuesday.", "Ortega's office released the figures.");
        var ortega = set.Person("Maria Ortega");
        Assert.Equal(2, ortega.Mentions.Count);
        Assert.DoesNotContain(ortega.Aliases, a => a.Contains("'s"));
    }

    [Fact]
    public void The_president_resolves_to_the_one_person_titled_president()
    {
        var set = TestArticles.Recognize(
            "President Elena Marsh met Vice President Tom Reyes on Monday.",
            "The president said the meeting went well.");
        Assert.Contains("The president", set.Person("Elena Marsh").Aliases);
        Assert.DoesNotContain("The president", set.Person("Tom Reyes").Aliases);
    }

    [Fact]
    public void The_mayor_resolves_to_the_one_person_titled_mayor_of_a_town_and_not_to_a_former_mayor()
    {
        var set = TestArticles.Recognize(
            "Ann Cole, the mayor of Riverton, opened the bridge with Bill Dunn, the former mayor, on Monday.",
            "The mayor said the roads would be repaired.");
        Assert.Contains(set.Person("Ann Cole").Aliases, a => a.Equals("The mayor", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(set.Person("Bill Dunn").Aliases, a => a.Equals("The mayor", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_description_that_fits_two_people_resolves_to_nobody()
    {
        var set = TestArticles.Recognize(
            "Mayor Ann Cole of Riverton and Mayor Bill Dunn of Lakeside met on Monday.",
            "The mayor said the roads would be repaired.");
        Assert.All(set.People, p => Assert.DoesNotContain(p.Aliases, a => a.Equals("The mayor", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void A_lower_case_head_noun_resolves_to_the_one_organization_with_that_head()
    {
        var set = TestArticles.Recognize(
            "The Harlow County Sheriff's Department opened an inquiry.",
            "Later the sheriff's department said two deputies had been suspended.");
        var department = set.Organization("Harlow County Sheriff's Department");
        Assert.Contains("the sheriff's department", department.Aliases);
        Assert.Equal(2, department.Mentions.Count);
    }

    [Fact]
    public void A_known_person_mentioned_inside_a_quotation_counts_but_new_names_there_do_not()
    {
        var set = TestArticles.Recognize(
            "Attorney General Dana Whitcombe filed the suit on Monday.",
            "\"This is overreach by Attorney General Whitcombe and Governor Paul Ridley,\" the union said.");
        var whitcombe = set.Person("Dana Whitcombe");
        Assert.Contains("Attorney General Whitcombe", whitcombe.Aliases);
        Assert.Equal(2, whitcombe.Mentions.Count);
        Assert.DoesNotContain("Paul Ridley", set.People.Names());
    }

    [Fact]
    public void Every_person_gets_the_surname_alias_unless_two_share_it()
    {
        var set = TestArticles.Recognize("Phil Weiser met Ursula von der Leyen, Ann Cole and Bill Cole.");
        Assert.Contains("Weiser", set.Person("Phil Weiser").Aliases);
        Assert.Contains("von der Leyen", set.Person("Ursula von der Leyen").Aliases);
        Assert.DoesNotContain("Cole", set.Person("Ann Cole").Aliases);
    }

    [Fact]
    public void Organization_names_drop_a_leading_the_which_stays_in_an_alias()
    {
        var set = TestArticles.Recognize("The story ran in the Washington Post and in the Denver Post.");
        Assert.Contains("the Washington Post", set.Organization("Washington Post").Aliases);
    }

    [Fact]
    public void Organization_names_drop_a_leading_the_and_join_a_place_prefixed_form()
    {
        var set = TestArticles.Recognize(
            "The reporting was first published by The Washington Post.",
            "U.S. Immigration and Customs Enforcement declined to comment, and Immigration and Customs Enforcement later issued a statement.");
        set.Organization("Washington Post");
        var ice = set.Organization("U.S. Immigration and Customs Enforcement");
        Assert.Contains("Immigration and Customs Enforcement", ice.Aliases);
    }

    [Fact]
    public void A_short_company_name_joins_the_one_organization_it_starts()
    {
        var set = TestArticles.Recognize(
            "PITTSBURGH — Kestrelwood Health Systems Inc. said on Tuesday that data was exposed.",
            "Kestrelwood said there was no evidence the data had been misused.");
        var company = set.Organization("Kestrelwood Health Systems Inc.");
        Assert.Contains("Kestrelwood", company.Aliases);
        Assert.Empty(set.People);
    }

    [Fact]
    public void A_known_organization_owning_another_stays_separate()
    {
        var set = TestArticles.Recognize("The FBI's Art Crime Team has joined the investigation.");
        set.Organization("FBI");
    }

    [Fact]
    public void Stand_in_nouns_resolve_to_the_one_organization_of_that_sort()
    {
        var set = TestArticles.Recognize(
            "Wessex Police and Hollis Pipe Corp. were both criticised.",
            "The force said it would review the case, and the company's shares fell.");
        Assert.Contains(set.Organization("Wessex Police").Aliases, a => a.Equals("the force", StringComparison.OrdinalIgnoreCase));
        var company = set.Organization("Hollis Pipe Corp.");
        Assert.Contains("the company", company.Aliases);
        Assert.Contains("Hollis Pipe", company.Aliases);
    }

    [Fact]
    public void A_knight_is_also_called_by_title_and_given_name()
    {
        var set = TestArticles.Recognize("Sir Roger Pell opened the debate.");
        Assert.Contains("Sir Roger", set.Person("Roger Pell").Aliases);
    }

    [Fact]
    public void A_gazetteer_place_named_only_inside_a_quotation_is_a_place_but_an_unknown_name_there_is_not()
    {
        var set = TestArticles.Recognize(
            "Nurses at the hospital voted to strike on Monday.",
            "\"Our best people are leaving for Canada and Norway, and Dr Elsworth Quarry knows it,\" said the union's regional secretary.");
        set.Place("Canada");
        set.Place("Norway");
        Assert.DoesNotContain("Elsworth Quarry", set.All.Names());
    }

    [Fact]
    public void A_well_known_organization_named_only_inside_a_quotation_is_an_organization()
    {
        var set = TestArticles.Recognize(
            "Junior doctors will strike next month.",
            "\"Everyone knows it. Nobody at the Treasury wants to hear it,\" one official said.");
        Assert.Contains("Treasury", set.Organizations.SelectMany(o => o.Aliases.Append(o.Name)));
    }

    [Fact]
    public void A_full_name_nothing_else_vouches_for_is_a_person_when_its_surname_stands_alone_later()
    {
        var set = TestArticles.Recognize(
            "The lead changed when Hallidae Brunstetter tipped in a miss at the buzzer.",
            "Brunstetter finished with 16 points and 13 rebounds.");
        var person = set.Person("Hallidae Brunstetter");
        Assert.Contains("Brunstetter", person.Aliases);
    }

    [Fact]
    public void A_base_named_for_its_town_is_not_a_person_though_the_town_stands_alone_later()
    {
        var set = TestArticles.Recognize(
            "Two destroyers left Naval Station Ortava on Monday.",
            "Ortava has hosted the ships since 2015.");
        Assert.DoesNotContain("Naval Station Ortava", set.People.Names());
    }

    [Fact]
    public void A_company_named_after_a_region_joins_its_short_name()
    {
        var set = TestArticles.Recognize(
            "The utility Southern California Varnell said crews had cut power to 40,000 customers.",
            "Shares of Varnell fell 3%, and the utility Varnell said the shutoffs would last until Thursday.");
        Assert.Contains("Varnell", set.Organization("Southern California Varnell").Aliases);
        Assert.Single(set.Organizations);
    }

    [Fact]
    public void A_dateline_in_capitals_and_the_same_place_in_the_text_are_one_place()
    {
        var set = TestArticles.Recognize(
            "MEDFORD, Ore. — Firefighters held the line overnight.",
            "Crews in Medford, Ore., were told to be ready to leave Medford.");
        Assert.Single(set.Places, p => p.Name.Equals("Medford", StringComparison.OrdinalIgnoreCase));
    }
}
