namespace NewsArchive.Extraction.Tests.Entities;

/// <summary>
/// Shapes from the round-11 entity pass: streets named with a title-like word, bodies that serve a place ("Transport
/// for X", a town's bus or metro operator, an Irish national body "… Éireann"), and names dedicated to a saint.
/// </summary>
public class QualityEntities11PatternTests
{
    [Fact]
    public void A_title_like_word_before_a_street_head_is_part_of_the_streets_name()
    {
        var set = TestArticles.Recognize(
            "The march will set off from Queen Street at noon and pass along Dame Street before reaching the quay.",
            "Shops on Lord Street said takings had fallen since the roadworks began.");
        set.Place("Queen Street");
        set.Place("Dame Street");
        set.Place("Lord Street");
        Assert.DoesNotContain(set.People.Names(), n => n.Contains("Street"));
    }

    [Fact]
    public void A_title_before_a_person_is_still_an_honorific()
    {
        var set = TestArticles.Recognize("Dame Helen Ashworth said the gallery would reopen next spring.");
        set.Person("Helen Ashworth");
    }

    [Fact]
    public void A_common_word_for_a_place_is_a_body_that_speaks()
    {
        var set = TestArticles.Recognize(
            "Road closures are expected across the city, and Transport for Scotland said extra trains would run all evening.");
        set.Organization("Transport for Scotland");
        Assert.DoesNotContain(set.People.Names(), n => n.Contains("Transport") || n.Contains("Scotland"));
    }

    [Fact]
    public void A_towns_bus_or_metro_operator_is_a_body()
    {
        var set = TestArticles.Recognize(
            "Cork Bus said it would run a reduced timetable on Sunday.",
            "Residents of Glasgow were told that Glasgow Metro said it was checking the tunnels.");
        set.Organization("Cork Bus");
        Assert.DoesNotContain(set.People.Names(), n => n.Contains("Bus") || n.Contains("Metro"));
    }

    [Fact]
    public void A_name_ending_in_the_irish_name_for_ireland_is_a_national_body()
    {
        var set = TestArticles.Recognize("Bus Éireann said the 7am service from Sligo would not run.");
        set.Organization("Bus Éireann");
        Assert.Empty(set.People);
    }

    [Fact]
    public void A_saints_name_with_its_possessive_opens_the_name_of_what_is_dedicated_to_it()
    {
        var set = TestArticles.Recognize(
            "Patients at St Mary's Hospital were moved after the flood, the trust said.",
            "Crowds gathered in St Stephen's Green for the concert.");
        set.Organization("St Mary's Hospital");
        Assert.DoesNotContain(set.Organizations.Names(), n => n is "St Mary");
        Assert.DoesNotContain(set.Places.Names(), n => n is "St Stephen");
        Assert.DoesNotContain(set.People.Names(), n => n.StartsWith("St"));
    }

    [Fact]
    public void A_towns_council_written_in_lower_case_is_a_body()
    {
        var set = TestArticles.Recognize(
            "Wakefield council cancelled the fireworks display, saying it could not afford the stewards.",
            "Cllr Joan Tate, Barnsley council's cabinet member for transport, said the bus lane would stay.");
        set.Organization("Wakefield council");
        set.Organization("Barnsley council");
    }

    [Fact]
    public void A_lower_case_council_before_what_it_owns_or_after_a_party_names_no_body()
    {
        var set = TestArticles.Recognize(
            "Residents of a Wakefield council estate said the Labour council had ignored them.",
            "Barnsley council tax will rise by 5 per cent, and Leeds council member Ann Roe voted against.");
        Assert.DoesNotContain(set.Organizations.Names(), n => n.EndsWith("council", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bodys_head_owning_a_committee_is_no_part_of_the_committees_name()
    {
        var set = TestArticles.Recognize(
            "Economists expect the Bank of England to hold rates. The Bank's Financial Policy Committee meets next week.");
        set.Organization("Financial Policy Committee");
        Assert.DoesNotContain(set.Organizations.Names(), n => n.Contains("Bank's"));
    }

    [Fact]
    public void Two_names_ending_in_the_same_place_head_are_two_places()
    {
        var set = TestArticles.Recognize(
            "Schools in Howard County and Carroll County were closed after the ice storm.");
        set.Place("Howard County");
        set.Place("Carroll County");
        Assert.DoesNotContain(set.Organizations.Names(), n => n.Contains(" and "));
    }

    [Fact]
    public void A_name_ending_in_night_is_an_occasion_not_a_person()
    {
        var set = TestArticles.Recognize(
            "The shops stay open late for Noel Night on Dec. 4, and the Burns Night supper follows in January, said Jo Tait.");
        set.Person("Jo Tait");
        Assert.DoesNotContain(set.People.Names(), n => n.Contains("Night"));
    }

    [Fact]
    public void A_palace_named_for_a_person_is_a_venue()
    {
        var set = TestArticles.Recognize(
            "More than 20,000 people attended the Victoria Palace fireworks over two nights, organisers said.");
        set.Place("Victoria Palace");
        Assert.Empty(set.People);
    }
}
