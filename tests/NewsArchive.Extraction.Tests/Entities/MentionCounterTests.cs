namespace NewsArchive.Extraction.Tests.Entities;

public class MentionCounterTests
{
    [Fact]
    public void The_name_is_the_fullest_form_and_is_never_its_own_alias()
    {
        var set = TestArticles.Recognize("Okafor spoke first, officials said.", "Later Dr Ngozi Okafor, 61, said the clinic would reopen.");
        var okafor = set.Person("Ngozi Okafor");
        Assert.DoesNotContain("Ngozi Okafor", okafor.Aliases);
        Assert.Equal(okafor.Aliases.Distinct(StringComparer.OrdinalIgnoreCase).Count(), okafor.Aliases.Count);
        Assert.Equal(2, okafor.Mentions.Count);
    }

    [Fact]
    public void A_place_seen_only_abbreviated_is_named_in_full()
    {
        var set = TestArticles.Recognize("The fire began near Flagstaff, Ariz., on Sunday.");
        Assert.Equal(["Ariz."], set.Place("Arizona").Aliases);
    }

    [Fact]
    public void Entities_are_listed_by_first_mention()
    {
        var set = TestArticles.Recognize("Lena Moss met Omar Said in Leeds and then in York.");
        Assert.Equal(["Lena Moss", "Omar Said"], set.People.Names());
        Assert.Equal(["Leeds", "York"], set.Places.Names());
    }
}
