namespace NewsArchive.Extraction.Tests.Entities;

public class CoupleSharingSurnameTests
{
    [Fact]
    public void Two_given_names_joined_by_and_before_one_surname_are_two_people_with_that_surname()
    {
        var set = TestArticles.Recognize("Peter and Susan Whitcombe, who have farmed the valley for 40 years, lost two barns.");
        Assert.Contains("Peter Whitcombe", set.People.Names());
        Assert.Contains("Susan Whitcombe", set.People.Names());
        Assert.DoesNotContain("Peter", set.People.Names());
    }

    [Fact]
    public void A_surname_joined_by_and_to_a_full_name_stays_a_name_of_its_own()
    {
        var set = TestArticles.Recognize("Whitcombe and Susan Hale founded the charity in 2001.");
        Assert.DoesNotContain("Whitcombe Hale", set.People.Names());
    }
}
