namespace NewsArchive.Extraction.Tests.Entities;

/// <summary>
/// Shapes from the round-10 entity pass: regional papers' abbreviations of Councillor ("Coun", "Colr."), a party before
/// a councillor's honorific, and the newsroom's own credits at the foot of a story (wire trailers, reporters' e-mail
/// sign-offs).
/// </summary>
public class QualityEntities10PatternTests
{
    [Fact]
    public void Regional_abbreviations_of_councillor_are_honorifics()
    {
        var set = TestArticles.Recognize(
            "Coun Maureen Tasker, who chairs the licensing committee, said the rules would be reviewed.",
            "Colr. Brendan Fahy said the bridge should reopen before winter.");
        var tasker = set.Person("Maureen Tasker");
        Assert.Empty(tasker.Roles);
        set.Person("Brendan Fahy");
        Assert.DoesNotContain(set.AllSurfaceForms(), n => n is "Coun" or "Colr" or "Colr.");
    }

    [Fact]
    public void A_party_before_a_councillors_honorific_is_the_party_and_part_of_the_role()
    {
        var set = TestArticles.Recognize(
            "Labour Cllr Denise Okafor said the depot had been neglected for a decade.",
            "Sinn Féin Colr. Ruairi Mac Giolla said the funding was overdue.");
        Assert.Contains("Labour councillor", set.Person("Denise Okafor").Roles);
        set.Organization("Labour");
        set.Organization("Sinn Féin");
        Assert.DoesNotContain(set.People.Names(), n => n.Contains("Labour") || n.Contains("Sinn"));
    }

    [Fact]
    public void A_wire_trailer_left_in_the_body_names_no_one_in_the_story()
    {
        var set = TestArticles.Recognize(
            "Orla Brennan, the company's chief executive, said the plant would close in June.",
            "(Reporting by Tamsin Achebe in London; additional reporting by Piotr Walsh in Dublin; Editing by Hugo Lindqvist)");
        set.Person("Orla Brennan");
        Assert.DoesNotContain(set.People.Names(), n => n is "Tamsin Achebe" or "Piotr Walsh" or "Hugo Lindqvist");
    }

    [Fact]
    public void A_reporters_sign_off_with_an_email_address_names_no_one_in_the_story()
    {
        var set = TestArticles.Recognize(
            "The library will reopen on Monday, said Gareth Vance, the branch manager.",
            "Residents can comment on the plans until the end of the month.",
            "Imogen Sallis: isallis@valleycourier.com");
        set.Person("Gareth Vance");
        Assert.DoesNotContain("Imogen Sallis", set.People.Names());
    }

    [Fact]
    public void An_email_address_early_in_the_story_does_not_hide_the_people_beside_it()
    {
        var set = TestArticles.Recognize(
            "Tenants can write to Mayor Felicity Orme at mayor@harwick.gov.",
            "The council will meet on Thursday.",
            "Its budget vote follows in March.",
            "A public hearing is planned for April.");
        set.Person("Felicity Orme");
    }

    [Fact]
    public void A_home_named_by_where_it_stands_is_in_a_place()
    {
        var set = TestArticles.Recognize(
            "Firefighters were called to a Marsh Lea house shortly after midnight.",
            "Gwen Talbot said the storm tore the roof off her Harlow home.");
        set.Place("Marsh Lea");
        set.Place("Harlow");
        Assert.DoesNotContain("Harlow", set.People.Names());
    }

    [Fact]
    public void Homeowners_named_by_their_town_are_its_people_not_a_body()
    {
        var set = TestArticles.Recognize("The scheme took deposits from at least 40 Coldmoor County homeowners, officials said.");
        set.Place("Coldmoor County");
    }

    [Fact]
    public void Only_a_place_is_nearby()
    {
        var set = TestArticles.Recognize(
            "Last month a swimmer drowned at nearby Tregarrow, and lifeguards have urged caution.",
            "Families in neighbouring Ashby were told to stay indoors.");
        set.Place("Tregarrow");
        set.Place("Ashby");
    }

    [Fact]
    public void A_name_closing_a_relative_clause_is_not_the_speaker()
    {
        var set = TestArticles.Recognize(
            "Council member Rosa Delgado, whose district includes Kettle Bend, said she would vote against the cuts.",
            "Delgado said riders in Kettle Bend had few other options.");
        set.Person("Rosa Delgado");
        Assert.DoesNotContain("Kettle Bend", set.People.Names());
    }

    [Fact]
    public void A_london_line_named_for_a_person_is_a_route_not_the_person()
    {
        var set = TestArticles.Recognize(
            "Signal failures shut part of the Victoria line on Monday, and the Jubilee line ran a reduced service.",
            "Riders on the Victoria line were told to use buses.");
        set.Place("Victoria line");
        Assert.DoesNotContain("Victoria", set.People.Names());
    }

    [Fact]
    public void A_known_place_before_a_public_bodys_head_is_that_places_body_even_when_it_is_a_given_name()
    {
        var set = TestArticles.Recognize(
            "Austin Police arrested two men after the break-in, and Lincoln Council warned of further closures.");
        set.Organization("Austin Police");
        set.Organization("Lincoln Council");
        Assert.Empty(set.People);
    }

    [Fact]
    public void A_stop_named_with_a_lower_case_station_is_a_place()
    {
        var set = TestArticles.Recognize(
            "Trains will not stop at Harrowgate Road station until March, and Victoria station will close on Sunday.",
            "The BBC station in Leeds reported the closure.");
        set.Place("Harrowgate Road station");
        set.Place("Victoria station");
        Assert.DoesNotContain("Victoria", set.People.Names());
        Assert.DoesNotContain("BBC station", set.Places.Names());
    }

    [Fact]
    public void Both_ends_of_a_stretch_between_two_names_are_places()
    {
        var set = TestArticles.Recognize("No buses ran between Cranmoor and Ashby Vale for most of the morning.");
        set.Place("Cranmoor");
        set.Place("Ashby Vale");
    }

    [Fact]
    public void An_operation_and_a_holiday_are_named_like_people_but_are_none()
    {
        var set = TestArticles.Recognize(
            "Police said Operation Tamarind would continue until the weekend.",
            "The office will be shut on Memorial Day and reopen after Presidents Day, said Jason Day, its manager.");
        Assert.DoesNotContain(set.People.Names(), n => n.Contains("Operation") || n.Contains("Memorial") || n.Contains("Presidents"));
        set.Person("Jason Day");
    }

    [Fact]
    public void A_towns_independent_school_district_is_a_body()
    {
        var set = TestArticles.Recognize("Like other districts in the region, Austin ISD has asked lawmakers for more money.");
        Assert.Empty(set.People);
        set.Organization("Austin ISD");
    }

    [Fact]
    public void A_sentence_initial_plural_the_article_writes_in_lower_case_is_no_club()
    {
        var set = TestArticles.Recognize(
            "The reserve's rangers counted fewer nests this year.",
            "Rangers found most of the burrows empty.",
            "Rangers will survey the cliffs again in June.");
        Assert.DoesNotContain("Rangers", set.Organizations.Names());
    }

    [Fact]
    public void An_independent_councillor_is_no_mention_of_the_newspaper()
    {
        var set = TestArticles.Recognize("Independent councillor Marian Toal said the car park should stay open.");
        Assert.DoesNotContain("Independent", set.Organizations.Names());
        set.Person("Marian Toal");
    }

    [Fact]
    public void A_vaccine_or_a_condition_by_its_acronym_is_no_organization()
    {
        var set = TestArticles.Recognize(
            "Only 70% of pupils had both doses of the MMR vaccine, and clinics also offer the HPV jab.",
            "Demand for ADHD assessments has doubled, the trust said.");
        Assert.DoesNotContain(set.Organizations.Names(), n => n is "MMR" or "HPV" or "ADHD");
    }

    [Fact]
    public void A_department_by_its_acronym_is_no_place()
    {
        var set = TestArticles.Recognize("Patients waited up to 14 hours in A&E at Harwick General, the report found.");
        Assert.DoesNotContain("A&E", set.Places.Names());
    }

    [Fact]
    public void A_name_followed_by_where_it_lies_from_another_is_a_place()
    {
        var set = TestArticles.Recognize(
            "The agency will open a depot at Corran Flats, north of downtown, next year.",
            "The fire started near Tolvey, about 30 miles south-west of the city.");
        set.Place("Corran Flats");
        set.Place("Tolvey");
    }

    [Fact]
    public void A_name_opening_with_upper_or_lower_is_a_place_not_a_person()
    {
        var set = TestArticles.Recognize("Work on the Lower Dean embankment will start in spring, and anglers on the Upper Dean were warned.");
        Assert.Empty(set.People);
    }

    [Fact]
    public void A_common_word_before_NI_is_a_northern_irish_body()
    {
        var set = TestArticles.Recognize("A Hospitality NI survey found that most venues had cut staff.");
        set.Organization("Hospitality NI");
    }
}
