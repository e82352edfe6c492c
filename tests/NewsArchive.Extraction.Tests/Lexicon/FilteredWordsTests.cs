using System.Collections.Frozen;
using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Tests.Lexicon;

public class FilteredWordsTests
{
    // The filter only speeds the lookup up: it must never turn away a word the set holds, in any spelling the set's
    // comparer accepts.
    [Theory]
    [InlineData("stop-capitalized")]
    [InlineData("org-heads")]
    [InlineData("dates-past-verbs")]
    public void Contains_finds_every_word_of_a_case_insensitive_list_in_any_case(string list)
    {
        var set = WordList.Set(list, StringComparer.OrdinalIgnoreCase);
        var words = new FilteredWords(set);
        foreach (var word in set)
        {
            Assert.True(words.Contains(word), word);
            Assert.True(words.Contains(word.ToUpperInvariant()), word);
            Assert.True(words.Contains(word.ToLowerInvariant()), word);
        }
    }

    [Fact]
    public void Contains_answers_as_the_set_does_for_words_it_does_not_hold()
    {
        var set = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, ["said", "told", "Mr."]);
        var words = new FilteredWords(set);
        foreach (var word in new[] { "sad", "saids", "aid", "Mr", "told.", "", "x", "SAID" })
            Assert.Equal(set.Contains(word), words.Contains(word));
    }

    [Fact]
    public void Contains_keeps_case_for_an_ordinal_set()
    {
        var words = new FilteredWords(FrozenSet.Create(StringComparer.Ordinal, ["Tuesday"]));
        Assert.True(words.Contains("Tuesday"));
        Assert.False(words.Contains("tuesday"));
    }
}
