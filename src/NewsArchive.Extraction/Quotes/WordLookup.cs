using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Quotes;

/// <summary>A word list looked up by span, ignoring case, without allocating.</summary>
internal sealed class WordLookup
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordLookup(IEnumerable<string> words)
    {
        var set = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The single-word entries of the embedded word list <paramref name="name"/>.</summary>
    public static WordLookup FromList(string name) => new(WordList.Lines(name).Where(l => !l.Contains(' ')));

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
