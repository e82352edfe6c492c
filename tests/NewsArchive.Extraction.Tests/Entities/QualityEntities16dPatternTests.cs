namespace NewsArchive.Extraction.Tests.Entities;

/// <summary>
/// Shapes from the round-16 third-wave entity pass: clergy titled before the name ("Canon Jo Roe", "Archdeacon Tom
/// Baxter"), and a numbered seat before an office's title ("Ward 3 Councilwoman", "Precinct 2 Commissioner"), which is
/// never a person.
/// </summary>
public class QualityEntities16dPatternTests
{
    [Fact]
    public void A_clergy_title_before_a_name_is_a_role()
    {
        var set = TestArticles.Recognize(
            "Canon Miriam Feltham of Ely Cathedral said the vigil would be short.",
            "\"We will light a candle for each of them,\" said Archdeacon Tom Baxter.");
        Assert.Contains("Canon", set.Person("Miriam Feltham").Roles);
        Assert.Contains("Archdeacon", set.Person("Tom Baxter").Roles);
        Assert.DoesNotContain("Canon Miriam Feltham", set.People.Names());
    }

    [Fact]
    public void A_numbered_seat_before_a_title_is_not_a_person()
    {
        var set = TestArticles.Recognize(
            "\"We made a promise,\" said Ward 6 Councilwoman Dana Price, whose ward includes the river.",
            "\"Nobody wants a delay,\" said District 4 Supervisor Owen Tally.");
        set.Person("Dana Price");
        set.Person("Owen Tally");
        Assert.DoesNotContain("Ward", set.People.Names());
        Assert.DoesNotContain("District", set.People.Names());
    }

    [Fact]
    public void A_surname_before_a_number_without_a_title_stays_a_person()
    {
        var set = TestArticles.Recognize("Serena Holt beat Maria Voss 6-4 in the final on Sunday.");
        set.Person("Maria Voss");
    }

    [Fact]
    public void A_town_named_with_upon_is_one_name()
    {
        var set = TestArticles.Recognize(
            "The Kingston upon Hull Teaching Trust said clinics would reopen on Monday.",
            "Families in Richmond upon Thames were told to boil water.");
        set.Organization("Kingston upon Hull Teaching Trust");
        set.Place("Richmond upon Thames");
        Assert.DoesNotContain("Hull Teaching Trust", set.Organizations.Names());
    }

    [Fact]
    public void A_party_before_a_given_name_and_surname_is_the_persons_party()
    {
        var set = TestArticles.Recognize(
            "The candidates are Conservative Helen Varley, Labour Owen Marsh and Liberal Democrat Priya Dunmore.",
            "\"We can win here,\" Mrs Varley said.");
        Assert.Contains("Conservative", set.Person("Helen Varley").Roles);
        Assert.Contains("Labour", set.Person("Owen Marsh").Roles);
        set.Person("Priya Dunmore");
        Assert.DoesNotContain("Conservative Helen Varley", set.Organizations.Names());
        Assert.DoesNotContain("Labour Owen Marsh", set.Organizations.Names());
    }

    [Fact]
    public void Letters_of_an_office_after_two_names_mark_a_person()
    {
        var set = TestArticles.Recognize(
            "The party's health spokesperson, Cerys Idwal MS, said the plan would fail.",
            "Rhodri Talfryn QC, for the defence, said the evidence was thin.");
        set.Person("Cerys Idwal");
        set.Person("Rhodri Talfryn");
    }

    [Fact]
    public void A_saints_name_is_never_a_person()
    {
        var set = TestArticles.Recognize(
            "The trust runs four sites, including St Brannoc and the old mill.",
            "Staff at St Brannoc walked out on Tuesday.");
        Assert.DoesNotContain("St Brannoc", set.People.Names());
    }

    [Fact]
    public void A_role_for_a_body_in_an_appositive_describes_a_person()
    {
        var set = TestArticles.Recognize(
            "Zorbel Quintard, a spokeswoman for the union, said the strike would go ahead.",
            "Unite, the union for bus drivers, said talks had failed.");
        set.Person("Zorbel Quintard");
        Assert.DoesNotContain("Zorbel Quintard", set.Organizations.Names());
        set.Organization("Unite");
    }

    [Fact]
    public void Head_of_a_body_in_an_appositive_is_a_role()
    {
        var set = TestArticles.Recognize(
            "Zorbel Quintard, head of the Coastal Trust in Devon, said the beach would reopen.",
            "Nell Arkwright, head of research at a Leeds bank, said rates would fall.");
        Assert.Contains("head of the Coastal Trust in Devon", set.Person("Zorbel Quintard").Roles);
        Assert.Contains("head of research at a Leeds bank", set.Person("Nell Arkwright").Roles);
    }

    [Fact]
    public void Two_names_then_a_home_town_between_commas_are_a_person()
    {
        var set = TestArticles.Recognize(
            "Zorbel Quintard, from Ryde, was among those who slept in the terminal.",
            "Calder Foods, from Hull Docks, said nothing.");
        set.Person("Zorbel Quintard");
        set.Place("Ryde");
    }

    [Fact]
    public void Two_names_then_of_a_town_and_a_comma_are_a_person()
    {
        var set = TestArticles.Recognize("Zorbel Quintard of Marbury, who had queued since dawn, said the wait was worth it.");
        set.Person("Zorbel Quintard");
    }

    [Fact]
    public void A_company_of_a_town_and_its_state_is_the_company_and_where_it_is()
    {
        var set = TestArticles.Recognize(
            "Marlowe Foods of Dayton, Ohio, recalled its hummus on Friday.",
            "Students at the University of Dayton, which is private, were told.");
        set.Organization("Marlowe Foods");
        set.Place("Dayton");
        set.Organization("University of Dayton");
        Assert.DoesNotContain("Marlowe Foods of Dayton", set.Organizations.Names());
    }

    [Fact]
    public void Occasions_named_like_people_are_no_people()
    {
        var set = TestArticles.Recognize(
            "Hotels filled up for Regatta Week, and the Lifeboat Appeal raised more than ever.",
            "Offices closed for the Cesar Chavez holiday on Monday.",
            "Appeals go to the Court of Appeal in London.");
        Assert.DoesNotContain("Regatta Week", set.People.Names());
        Assert.DoesNotContain("Lifeboat Appeal", set.People.Names());
        Assert.DoesNotContain("Cesar Chavez", set.People.Names());
        set.Organization("Court of Appeal");
    }
}
