using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Quotes;

/// <summary>A speech cue found in the narrative: its first token and how many word tokens it spans.</summary>
internal readonly record struct Cue(int Token, int Length)
{
    public int End => Token + Length;
}

/// <summary>Finds speech cues ("said", "wrote", "according to") among narrative tokens, from speech-verbs.txt.</summary>
internal sealed class SpeechCues
{
    private readonly Dictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;

    public SpeechCues()
    {
        var byFirst = WordList.Lines("speech-verbs")
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .GroupBy(w => w[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(w => w.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
        _byFirstWord = byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The cue starting at token <paramref name="t"/>, if one does.</summary>
    public bool TryMatch(AttributionText text, int t, out Cue cue)
    {
        cue = default;
        if (!text.IsWord(t) || text.Tokens[t].Possessive) return false;
        // "the accused said": after an article the word is a noun, not the cue.
        if (text.IsWord(t - 1) && IsArticle(text.Word(t - 1))) return false;
        if (!_byFirstWord.TryGetValue(text.Word(t), out var sequences)) return false;
        // "the United States", "Long Reads": a capitalized word right after another is part of a name, not a cue.
        if (text.IsCapitalized(t) && text.IsWord(t - 1) && text.IsCapitalized(t - 1) && !text.StartsSentence(t)) return false;
        foreach (var words in sequences)
        {
            var k = 1;
            while (k < words.Length && text.IsWord(t + k)
                   && text.Word(t + k).Equals(words[k], StringComparison.OrdinalIgnoreCase)) k++;
            if (k < words.Length) continue;
            cue = new Cue(t, words.Length);
            return true;
        }
        return false;
    }

    private static bool IsArticle(ReadOnlySpan<char> w) =>
        w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("a", StringComparison.OrdinalIgnoreCase)
        || w.Equals("an", StringComparison.OrdinalIgnoreCase);

    /// <summary>"according to X", "in the words of X": a cue that is a preposition, whose speaker only ever follows
    /// it (never the subject of the clause before it, as in "prices rose, according to a summary").</summary>
    public static bool TakesSubjectAfter(AttributionText text, Cue cue) =>
        cue.Length > 1 && (text.Word(cue.Token).Equals("according", StringComparison.OrdinalIgnoreCase)
                           || text.Word(cue.Token).Equals("in", StringComparison.OrdinalIgnoreCase));

    /// <summary>The cue as written in the article ("said", "according to").</summary>
    public static string Text(AttributionText text, Cue cue)
    {
        var tokens = text.Tokens;
        return text.Body[tokens[cue.Token].Start..tokens[cue.End - 1].WordEnd];
    }
}
