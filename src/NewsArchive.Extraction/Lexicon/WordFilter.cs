namespace NewsArchive.Extraction.Lexicon;

/// <summary>
/// A cheap "certainly not in the list" test in front of a case-insensitive word set that is asked about every token:
/// one flag per (first letter, last letter, length) of the list's words, so most words are turned away without hashing
/// them. <see cref="MayContain"/> is never false for a word the set holds; the set still gives the answer.
/// </summary>
internal sealed class WordFilter
{
    private const int Size = 1 << 14;
    // One bit per slot: 2 KB instead of a 16 KB array of flags, so the many lists' filters stay in cache, and a
    // filter built per article (speaker forms) costs little to clear.
    private readonly ulong[] _bits = new ulong[Size / 64];

    public WordFilter(IEnumerable<string> words)
    {
        foreach (var word in words)
            if (word.Length > 0)
            {
                var slot = Slot(word);
                _bits[slot >> 6] |= 1UL << slot;
            }
    }

    /// <summary>False only when no word of the list equals <paramref name="word"/> ignoring case.</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return false;
        var slot = Slot(word);
        return (_bits[slot >> 6] & (1UL << slot)) != 0;
    }

    // Case folded as OrdinalIgnoreCase compares (upper-case invariant), so the spellings it equates share a slot.
    private static int Slot(ReadOnlySpan<char> word) =>
        (char.ToUpperInvariant(word[0]) * 31 + char.ToUpperInvariant(word[^1]) * 7 + word.Length * 1024) & (Size - 1);
}
