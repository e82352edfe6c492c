using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.Text;

public sealed class TextWordSetTests
{
    private static TextWordSet AddAll(string text, int capacity = 4)
    {
        var set = new TextWordSet(text, capacity);
        var start = 0;
        foreach (var word in text.Split(' '))
        {
            set.Add(start, word.Length);
            start += word.Length + 1;
        }
        return set;
    }

    [Fact]
    public void Adds_a_word_once_and_says_so_when_it_comes_again()
    {
        var text = "a the a";
        var set = new TextWordSet(text, 4);
        Assert.True(set.Add(0, 1));
        Assert.True(set.Add(2, 3));
        Assert.False(set.Add(6, 1));
        Assert.Equal(2, set.Count);
    }

    [Fact]
    public void Tells_apart_short_words_that_share_their_first_and_last_letters()
    {
        var set = AddAll("aba abba abcba of");
        Assert.True(set.Contains("aba"));
        Assert.True(set.Contains("abba"));
        Assert.True(set.Contains("abcba"));
        Assert.False(set.Contains("aa"));
        Assert.False(set.Contains("aca"));
        Assert.False(set.Contains("abca"));
        Assert.False(set.Contains("abxba"));
        Assert.False(set.Contains("o"));
    }

    [Fact]
    public void Tells_apart_long_words_that_differ_only_in_their_middle()
    {
        var set = AddAll("understanding underspending");
        Assert.True(set.Contains("understanding"));
        Assert.True(set.Contains("underspending"));
        Assert.False(set.Contains("underxxanding"));
    }

    [Fact]
    public void Compares_ordinally_so_a_capitalized_word_is_another_word()
    {
        var set = AddAll("still");
        Assert.False(set.Contains("Still"));
        Assert.True(set.Contains("still"));
    }

    [Fact]
    public void Keeps_every_word_when_it_grows_past_its_capacity()
    {
        var words = Enumerable.Range(0, 500).Select(n => $"w{n}").ToList();
        var set = AddAll(string.Join(' ', words), capacity: 4);
        Assert.Equal(500, set.Count);
        Assert.All(words, w => Assert.True(set.Contains(w)));
        Assert.False(set.Contains("w500"));
    }
}
