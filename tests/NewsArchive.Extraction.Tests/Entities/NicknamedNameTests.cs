namespace NewsArchive.Extraction.Tests.Entities;

public class NicknamedNameTests
{
    [Fact]
    public void A_titled_name_with_a_quoted_nickname_is_one_person_without_a_given_name_entity()
    {
        var set = TestArticles.Recognize("Councilman Curtis \"Bud\" Tamblin said the vote was close.", "Tamblin voted no.");
        var person = set.Person("Curtis Tamblin");
        Assert.Contains("Tamblin", person.Aliases);
        Assert.DoesNotContain("Curtis", set.People.Names());
    }

    [Fact]
    public void A_surname_alone_joins_the_person_whose_name_ends_in_Jr()
    {
        var set = TestArticles.Recognize("Raymond Orlavez Jr., 54, was sentenced on Friday.", "Orlavez said he would appeal.");
        Assert.Contains("Orlavez", set.Person("Raymond Orlavez Jr.").Aliases);
        Assert.Single(set.People);
    }

    [Fact]
    public void A_nicknamed_name_after_a_role_is_one_person_though_its_given_name_is_unlisted()
    {
        var set = TestArticles.Recognize(
            "Harbour fisherman Tormod \"Tam\" Macaskill, 62, was in the public gallery.",
            "\"I am not against farms,\" Mr Macaskill said afterwards.");
        Assert.Contains("Tormod Macaskill", set.People.Names());
        Assert.DoesNotContain("Tormod", set.People.Names());
    }
    [Fact]
    public void A_nicknamed_name_after_a_comma_set_role_is_one_person_though_its_given_name_is_unlisted()
    {
        var set = TestArticles.Recognize(
            "\"We flew,\" said the firm's chief executive, Eilidh \"Ellie\" Drummore, after the launch.",
            "Ms Drummore founded the company in 2019.");
        Assert.Contains("Eilidh Drummore", set.People.Names());
        Assert.DoesNotContain("Drummore", set.People.Names());
    }
}
