namespace NewsArchive.Extraction.Lexicon;

/// <summary>
/// A word set asked about span after span of text (ordinal or ordinal-ignore-case): a <see cref="WordFilter"/> turns
/// most words away before the hash lookup, which then gives the answer.
/// </summary>
internal sealed class FilteredWords
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordFilter _filter;

    public FilteredWords(FrozenSet<string> words)
    {
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _filter = new WordFilter(words);
    }

    public bool Contains(ReadOnlySpan<char> word) => _filter.MayContain(word) && _lookup.Contains(word);
}
