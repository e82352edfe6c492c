namespace NewsArchive.Extraction.Lexicon;

/// <summary>
/// A cheap "certainly not in the list" test in front of a case-insensitive word set that is asked about every token:
/// one flag per (first letter, last letter, length) of the list's words, so most words are turned away without hashing
/// them. <see cref="MayContain"/> is never false for a word the set holds; the set still gives the answer.
/// </summary>
internal sealed class WordFilter
{
    private const int Size = 1 << 14;
    private readonly bool[] _flags = new bool[Size];

    public WordFilter(IEnumerable<string> words)
    {
        foreach (var word in words)
            if (word.Length > 0) _flags[Slot(word)] = true;
    }

    /// <summary>False only when no word of the list equals <paramref name="word"/> ignoring case.</summary>
    public bool MayContain(ReadOnlySpan<char> word) => word.Length > 0 && _flags[Slot(word)];

    // Case folded as OrdinalIgnoreCase compares (upper-case invariant), so the spellings it equates share a slot.
    private static int Slot(ReadOnlySpan<char> word) =>
        (char.ToUpperInvariant(word[0]) * 31 + char.ToUpperInvariant(word[^1]) * 7 + word.Length * 1024) & (Size - 1);
}
