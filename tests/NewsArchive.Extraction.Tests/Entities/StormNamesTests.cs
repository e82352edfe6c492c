namespace NewsArchive.Extraction.Tests.Entities;

public class StormNamesTests
{
    [Fact]
    public void A_storm_named_after_its_title_is_not_a_person_when_later_written_alone()
    {
        var set = TestArticles.Recognize(
            "Crews cleared roads a day after Hurricane Rosalind came ashore near the state line.",
            "Rosalind strengthened quickly over warm water, forecaster Dale Emmet said.");
        Assert.DoesNotContain("Rosalind", set.All.Names());
        set.Person("Dale Emmet");
    }

    [Fact]
    public void A_tropical_storm_title_of_two_words_names_the_storm_too()
    {
        var set = TestArticles.Recognize(
            "Tropical Storm Bernadette dropped heavy rain on the coast.",
            "Bernadette weakened overnight.");
        Assert.DoesNotContain("Bernadette", set.All.Names());
    }

    [Fact]
    public void An_organization_with_hurricane_in_its_name_is_still_an_organization()
    {
        var set = TestArticles.Recognize("The National Hurricane Center said the storm would weaken.");
        set.Organization("National Hurricane Center");
    }
}
