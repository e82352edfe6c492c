namespace NewsArchive.Extraction.Tests.Entities;

public class EntityClassifierOwnerAfterInTests
{
    [Fact]
    public void A_given_name_and_surname_owning_a_thing_after_in_is_a_person_not_a_place()
    {
        var set = TestArticles.Recognize("The play arrives tighter and, in Rupert Hallam's unfussy production, funnier.", "Hallam directed it in ten weeks.");
        Assert.Contains("Rupert Hallam", set.People.Names());
        Assert.DoesNotContain("Rupert Hallam", set.Places.Names());
    }
}
