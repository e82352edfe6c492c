using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Tests.Lexicon;

public class EntityLexiconTests
{
    [Fact]
    public void Given_name_lists_hold_common_names_of_both_sexes()
    {
        Assert.True(EntityLexicon.MaleNames.Count > 800);
        Assert.True(EntityLexicon.FemaleNames.Count > 600);
        Assert.Contains("Michael", (IReadOnlySet<string>)EntityLexicon.MaleNames);
        Assert.Contains("Yvette", (IReadOnlySet<string>)EntityLexicon.FemaleNames);
    }

    [Fact]
    public void Abbreviated_role_titles_map_to_their_full_form()
    {
        Assert.Equal("Senator", EntityLexicon.Roles.Canonical(EntityLexicon.Roles.Group("Sen.")));
        Assert.Equal("Governor", EntityLexicon.Roles.Canonical(EntityLexicon.Roles.Group("gov.")));
    }

    [Fact]
    public void Place_aliases_share_a_group()
    {
        Assert.Equal(EntityLexicon.Places.Group("Colorado"), EntityLexicon.Places.Group("Colo."));
        Assert.Equal(EntityLexicon.Places.Group("United States"), EntityLexicon.Places.Group("U.S."));
        Assert.Equal(-1, EntityLexicon.Places.Group("American"));
    }

    [Fact]
    public void Known_organizations_group_acronyms_with_names()
    {
        Assert.Equal(EntityLexicon.Organizations.Group("ICE"), EntityLexicon.Organizations.Group("Immigration and Customs Enforcement"));
        Assert.NotEqual(EntityLexicon.Organizations.Group("FBI"), EntityLexicon.Organizations.Group("ICE"));
    }

    [Fact]
    public void Abbreviations_that_keep_a_full_stop_come_from_the_lists()
    {
        Assert.Contains("Calif", (IReadOnlySet<string>)EntityLexicon.Abbreviations);
        Assert.Contains("Mr", (IReadOnlySet<string>)EntityLexicon.Abbreviations);
        Assert.Contains("Inc", (IReadOnlySet<string>)EntityLexicon.Abbreviations);
    }

    [Fact]
    public void Stop_words_are_matched_ignoring_case_and_a_full_stop()
    {
        Assert.True(EntityLexicon.IsStopWord("Still"));
        Assert.True(EntityLexicon.IsStopWord("Jan."));
        Assert.False(EntityLexicon.IsStopWord("Hancock"));
    }

    [Fact]
    public void An_unknown_word_list_is_a_clear_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => WordList.Lines("no-such-list"));
        Assert.Contains("no-such-list", error.Message);
    }
}
