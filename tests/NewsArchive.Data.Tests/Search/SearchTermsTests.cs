using NewsArchive.Data.Search;

namespace NewsArchive.Data.Tests.Search;

public sealed class SearchTermsTests
{
    [Fact]
    public void Words_phrases_prefixes_and_exclusions_are_recognised()
    {
        var terms = SearchTerms.Parse("denver \"sanctuary city\" immig* -trump");

        Assert.Equal(
            [
                new SearchTerm("denver", false, false, false),
                new SearchTerm("sanctuary city", true, false, false),
                new SearchTerm("immig", false, true, false),
                new SearchTerm("trump", false, false, true),
            ],
            terms);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("*")]
    [InlineData("\"")]
    [InlineData("-")]
    [InlineData("()^:")]
    public void Input_with_nothing_searchable_gives_no_terms(string text)
        => Assert.Empty(SearchTerms.Parse(text));

    [Fact]
    public void An_unbalanced_quote_leaves_plain_words()
        => Assert.Equal(["sanctuary", "city"], SearchTerms.Parse("\"sanctuary city").Select(t => t.Words));

    [Fact]
    public void Operators_and_brackets_only_separate_words()
        => Assert.Equal(["AND", "NEAR ice"], SearchTerms.Parse("AND( NEAR(ice)").Select(t => t.Words));

    [Fact]
    public void Very_long_input_is_capped()
        => Assert.True(SearchTerms.Parse(string.Join(' ', Enumerable.Repeat("word", 500))).Count <= 16);
}
