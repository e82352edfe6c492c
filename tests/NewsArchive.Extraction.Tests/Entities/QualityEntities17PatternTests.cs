namespace NewsArchive.Extraction.Tests.Entities;

/// <summary>
/// Shapes from the round-17 entity pass: a council named only by what it is ("the city council voted"), festivals as the
/// bodies that run them ("the 30th Harbourside Folk Festival").
/// </summary>
public class QualityEntities17PatternTests
{
    [Fact]
    public void The_city_council_is_a_body_named_by_what_it_is()
    {
        var set = TestArticles.Recognize(
            "Plans for a new skate park moved ahead after the city council voted 5-2 on Monday night.",
            "The county council must still approve the money.");
        Assert.Contains("city council", set.Organizations.Names());
        Assert.Contains("county council", set.Organizations.Names());
    }

    [Fact]
    public void A_council_modifying_a_noun_is_no_body()
    {
        var set = TestArticles.Recognize("Residents said the city council tax rise was too steep.");
        Assert.DoesNotContain("city council", set.Organizations.Names());
    }

    [Fact]
    public void A_festival_is_an_organization()
    {
        var set = TestArticles.Recognize(
            "The 30th Harbourside Folk Festival ended on Sunday with a record crowd.",
            "Marlow Arts Festival will return next summer, organisers said.");
        set.Organization("Harbourside Folk Festival");
        set.Organization("Marlow Arts Festival");
        Assert.DoesNotContain("Harbourside Folk Festival", set.Places.Names());
    }

    [Fact]
    public void A_county_before_a_county_title_is_the_place()
    {
        var set = TestArticles.Recognize("Marlowe County Commissioner Dana Pruitt said the county would ask for state help.");
        set.Place("Marlowe County");
        Assert.DoesNotContain("Marlowe", set.Places.Names());
        Assert.Contains("Marlowe County Commissioner", set.Person("Dana Pruitt").Roles);
    }

    [Fact]
    public void A_town_before_voters_is_a_place()
    {
        var set = TestArticles.Recognize(
            "Brackenford voters on Tuesday approved a $40 million library bond.",
            "Turnout was higher than in 2021, officials said.");
        set.Place("Brackenford");
    }

    [Fact]
    public void An_adjective_opening_a_sentence_before_voters_is_no_place()
    {
        var set = TestArticles.Recognize(
            "Undecided voters said they would wait for the last debate.",
            "Polls suggest many are still undecided.");
        Assert.Empty(set.Places);
    }

    [Fact]
    public void A_title_shared_through_and_is_no_organization()
    {
        var set = TestArticles.Recognize(
            "\"We are ready,\" said RVTA President and CEO Dana Okafor.",
            "Harlow Mills Chairman and Chief Executive Sam Pike said profits rose.");
        Assert.DoesNotContain("RVTA President", set.Organizations.Names());
        Assert.DoesNotContain("Harlow Mills Chairman", set.AllSurfaceForms());
        set.Person("Dana Okafor");
        set.Person("Sam Pike");
    }

    [Fact]
    public void A_rank_word_before_a_local_title_is_part_of_the_title()
    {
        var set = TestArticles.Recognize("Deputy District Attorney Nora Quill told jurors the driver had been warned.");
        Assert.Contains("Deputy District Attorney", set.Person("Nora Quill").Roles);
        Assert.Empty(set.Places);
    }

    [Fact]
    public void A_town_named_with_of_or_a_season_stays_whole()
    {
        var set = TestArticles.Recognize(
            "Ann Pike, 64, from Bridge of Weir, said the bus was her lifeline.",
            "Tom Hale, who commutes from Silver Spring, said trains were late.");
        set.Place("Bridge of Weir");
        set.Place("Silver Spring");
        Assert.DoesNotContain("Bridge", set.Places.Names());
        Assert.DoesNotContain("Silver", set.Places.Names());
    }

    [Fact]
    public void An_adjective_opening_a_sentence_before_a_kind_of_place_is_no_place()
    {
        var set = TestArticles.Recognize(
            "Real estate agents say prices have fallen since the fire.",
            "Coastal areas could see frost overnight.",
            "Police were called to the Hollins estate on Friday.");
        Assert.DoesNotContain("Real", set.Places.Names());
        Assert.DoesNotContain("Coastal", set.Places.Names());
        set.Place("Hollins");
    }

    [Fact]
    public void A_hyphenated_english_town_is_a_place()
    {
        var set = TestArticles.Recognize("Voters in Newcastle-under-Lyme also went to the polls on Thursday.");
        set.Place("Newcastle-under-Lyme");
    }
}
