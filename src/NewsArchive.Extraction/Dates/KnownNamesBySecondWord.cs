namespace NewsArchive.Extraction.Dates;

/// <summary>
/// The known event names that start with one word, split by their second word: a common first word ("US", "first",
/// "president", "council", "budget") starts dozens of names, and a token is tried only against those whose second
/// word is the next token (then the one-word names), not against every one. Each part keeps the list's order.
/// </summary>
internal sealed class KnownNamesBySecondWord
{
    private readonly Dictionary<string, KnownEventName[]>.AlternateLookup<ReadOnlySpan<char>> _bySecondWord;

    public KnownNamesBySecondWord(KnownEventName[] names)
    {
        All = names;
        OneWord = Array.FindAll(names, n => n.Words.Length == 1);
        _bySecondWord = names.Where(n => n.Words.Length > 1)
            .GroupBy(n => n.Words[1], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Every name starting with the word, in list order.</summary>
    public KnownEventName[] All { get; }

    /// <summary>The names of the one word alone, in list order.</summary>
    public KnownEventName[] OneWord { get; }

    /// <summary>The longer names whose second word is <paramref name="second"/> (any case), in list order.</summary>
    public KnownEventName[] WithSecondWord(ReadOnlySpan<char> second) => _bySecondWord.TryGetValue(second, out var names) ? names : [];
}
