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
}
