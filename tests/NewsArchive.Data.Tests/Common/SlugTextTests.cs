using NewsArchive.Data.Common;

namespace NewsArchive.Data.Tests.Common;

public sealed class SlugTextTests
{
    [Theory]
    [InlineData("Hancock Dismisses Trump Tweet", "hancock-dismisses-trump-tweet")]
    [InlineData("Café Owners Don't Agree!", "cafe-owners-dont-agree")]
    [InlineData("  --- ", "article")]
    [InlineData("日本語", "article")]
    public void A_title_becomes_lower_case_ascii_words_joined_by_hyphens(string title, string slug)
        => Assert.Equal(slug, SlugText.From(title, "article"));

    [Fact]
    public void A_long_title_is_cut_at_a_word_boundary()
    {
        var slug = SlugText.From(string.Join(' ', Enumerable.Repeat("word", 40)), "article");

        Assert.True(slug.Length <= SlugText.MaxLength);
        Assert.EndsWith("word", slug, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_free_suffix_is_chosen()
        => Assert.Equal("a-3", SlugText.FirstFree("a", new HashSet<string> { "a", "a-2" }));
}
