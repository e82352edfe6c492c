namespace NewsArchive.Extraction.Tests.Entities;

/// <summary>Fourth-round grammar patterns: positions before names, company titles, plural heads and place-shaped names.</summary>
public class Q4EntityGrammarTests
{
    [Fact]
    public void A_rugby_position_between_club_and_name_leaves_the_player_a_person()
    {
        var set = TestArticles.Recognize(
            "The hosts led until Kelsworth lock Ansel Brimacombe was sent to the sin bin for collapsing a maul.",
            "Flanker Rufus Penhallow scored after a clever kick, and Brimacombe was replaced at half-time.");
        set.Person("Ansel Brimacombe");
        set.Person("Rufus Penhallow");
    }

    [Fact]
    public void A_surname_that_matches_a_known_organization_is_a_person_when_the_full_name_is_given()
    {
        var set = TestArticles.Recognize(
            "Superintendent Darnell Fitch, who recommended the switch, defended it on Monday.",
            "\"We filled those jobs,\" Fitch said.");
        set.Person("Darnell Fitch");
        Assert.DoesNotContain("Fitch", set.Organizations.Names());
    }

    [Fact]
    public void A_name_before_a_company_title_is_an_organization()
    {
        var set = TestArticles.Recognize(
            "The heaters were made by Quillmere Home Products of Dayton, Ohio.",
            "Quillmere CEO Dana Ostrova said the company had found the fault.",
            "Quillmere said it does not comment on pending litigation.");
        set.Organization("Quillmere Home Products");
        set.Person("Dana Ostrova");
        Assert.DoesNotContain("Quillmere", set.People.Names());
    }

    [Fact]
    public void A_plural_venue_head_makes_an_organization_not_a_person()
    {
        var set = TestArticles.Recognize(
            "Marcus Feld, chief executive of Harrow Theatres, which has owned the playhouse since 2015, said the work was overdue.",
            "Harrow Theatres said it expected to reopen in the spring.");
        set.Organization("Harrow Theatres");
        Assert.DoesNotContain("Harrow Theatres", set.People.Names());
    }

    [Fact]
    public void A_full_name_then_comma_of_a_company_named_after_them_is_a_person()
    {
        var set = TestArticles.Recognize(
            "Arena developer Martin Hale, of Hale Sports & Leisure, has said the project could open in 2029.",
            "The plan still needs a vote, Hale said.");
        set.Person("Martin Hale");
        set.Organization("Hale Sports & Leisure");
    }
}
