namespace NewsArchive.Extraction.Tests.Entities;

/// <summary>
/// Shapes from the round-15 entity pass: words before a person's name that describe the person ("Haulier Jo Roe",
/// "Mayor Pro Tem Jo Roe", "Ald. Jo Roe", "councillor for Blackbird Leys Jo Roe") are the role, never the name; a lede's
/// first word set in capitals ("PARENTS have vowed…") is an ordinary word.
/// </summary>
public class QualityEntities15PatternTests
{
    [Fact]
    public void A_trade_opening_a_sentence_before_a_full_name_is_the_role()
    {
        var set = TestArticles.Recognize("Haulier Derek Pallister, who runs six lorries out of Ashford, said the queues were worse than last year.");
        Assert.Equal(["Haulier"], set.Person("Derek Pallister").Roles);
        Assert.DoesNotContain(set.People.Names(), n => n.StartsWith("Haulier"));
    }

    [Fact]
    public void A_mayor_pro_tem_is_one_title()
    {
        var set = TestArticles.Recognize("\"We have waited long enough,\" Mayor Pro Tem Lorena Vasquez-Hall said before the vote.");
        Assert.Equal(["Mayor Pro Tem"], set.Person("Lorena Vasquez-Hall").Roles);
    }

    [Fact]
    public void An_abbreviated_alderman_is_a_title_and_no_sentence_end()
    {
        var set = TestArticles.Recognize("\"The trains have to come on time,\" said Ald. Brenda Kowalczyk, 32nd, at the hearing.");
        Assert.Equal(["Alderman"], set.Person("Brenda Kowalczyk").Roles);
        Assert.DoesNotContain("Ald", set.People.Names());
    }

    [Fact]
    public void A_seat_after_for_and_before_a_name_is_a_place()
    {
        var set = TestArticles.Recognize(
            "The Labour councillor for Westcombe Vale Priya Landau said families had been let down.",
            "Residents of Westcombe Vale have asked for a meeting.");
        var person = set.Person("Priya Landau");
        Assert.Contains(person.Roles, r => r.EndsWith("councillor for Westcombe Vale", StringComparison.Ordinal));
        Assert.Contains("Westcombe Vale", set.Places.Names());
        Assert.DoesNotContain(set.People.Names(), n => n.StartsWith("Westcombe"));
    }

    [Fact]
    public void A_lede_word_set_in_capitals_is_no_name()
    {
        var set = TestArticles.Recognize(
            "CAMPAIGNERS have vowed to keep fighting for the town's library after councillors voted to close it.",
            "The campaigners say 2,000 people signed a petition.");
        Assert.DoesNotContain(set.Organizations.Names(), n => n.Equals("CAMPAIGNERS", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(set.People.Names(), n => n.Equals("CAMPAIGNERS", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void An_irish_deputy_is_titled_after_the_constituency()
    {
        var set = TestArticles.Recognize("Galway West TD Niamh Ó Cathasaigh said she would raise the matter in the Dáil.");
        Assert.Equal(["Galway West TD"], set.Person("Niamh Ó Cathasaigh").Roles);
    }

    [Fact]
    public void A_saints_name_after_the_opens_the_name_of_what_bears_it()
    {
        var set = TestArticles.Recognize(
            "The St Brigid's Festival said it was disappointed but would return next year.",
            "The St Brigid's Festival, which began in 2004, draws 40,000 visitors.");
        set.Organization("St Brigid's Festival");
        Assert.DoesNotContain(set.People.Names(), n => n.Contains("Festival") || n.Contains("Brigid"));
        Assert.DoesNotContain("St Brigid", set.Organizations.Names());
    }

    [Fact]
    public void A_participle_opening_a_sentence_is_no_part_of_the_name_after_it()
    {
        var set = TestArticles.Recognize(
            "Jailing Hollinshead at Preston Crown Court, Judge Amelia Tranter said the thefts were cruel.",
            "Hollinshead was jailed for three years.");
        Assert.DoesNotContain(set.People.Names(), n => n.StartsWith("Jailing"));
        Assert.Contains(set.People.Names(), n => n == "Amelia Tranter");
    }

    [Fact]
    public void A_preposition_opening_the_sentence_says_a_place_follows()
    {
        var set = TestArticles.Recognize(
            "In Tullowmore, voters rejected the levy by 40 votes.",
            "Across Rathcannon, schools stayed shut on Monday.");
        Assert.Contains("Tullowmore", set.Places.Names());
        Assert.Contains("Rathcannon", set.Places.Names());
    }

    [Fact]
    public void A_town_after_a_full_name_and_of_is_where_the_person_lives()
    {
        var set = TestArticles.Recognize(
            "Marjorie Tillotson of Quenbury testified that she had paid the roofer twice.",
            "Dale Okonkwo of the Harlow Chamber of Commerce said members were worried.");
        Assert.Contains("Quenbury", set.Places.Names());
        Assert.DoesNotContain(set.Places.Names(), n => n.Contains("Chamber"));
    }

    [Fact]
    public void A_weekday_owning_a_happening_after_of_ends_the_name()
    {
        var set = TestArticles.Recognize("Opponents of Thursday's zoning vote packed the chamber.");
        Assert.DoesNotContain(set.Organizations.Names(), n => n.Contains("Thursday"));
    }

    [Fact]
    public void A_state_universitys_campus_is_named_with_at_and_its_town()
    {
        var set = TestArticles.Recognize(
            "She trained as a chemist at the University of Nebraska at Kearney before joining the firm.",
            "He now teaches at the University of Nebraska at Omaha's College of Business.");
        set.Organization("University of Nebraska at Kearney");
        set.Organization("University of Nebraska at Omaha");
        set.Organization("College of Business");
    }
}
