namespace NewsArchive.Extraction.Quotes;

/// <summary>
/// The surface forms that start with one word, longest first, split by their second word: a token is tried only
/// against the forms whose second word is the next token's (then the one-word forms), not against every name
/// that starts like it (hundreds of "Anna …" in a file of thousands of people). The order among the forms tried
/// is the order of the full list, so the first match is the same.
/// </summary>
internal sealed class FormsByFirstWords<TForm>
{
    // Made only for a first word that starts a longer form: most start only one-word forms (a surname, an acronym),
    // and a dictionary per first word per article was a good part of finding the speakers' mentions.
    private readonly Dictionary<string, List<TForm>>? _bySecondWord;
    private readonly Dictionary<string, List<TForm>>.AlternateLookup<ReadOnlySpan<char>> _bySecondWordLookup;

    /// <param name="longestFirst">Every form starting with the word, sorted longest first.</param>
    /// <param name="words">A form's words.</param>
    public FormsByFirstWords(List<TForm> longestFirst, Func<TForm, string[]> words)
    {
        foreach (var form in longestFirst)
        {
            var w = words(form);
            if (w.Length == 1) OneWord.Add(form);
            else if (_bySecondWord is null)
            {
                _bySecondWord = new(StringComparer.OrdinalIgnoreCase) { [w[1]] = [form] };
                _bySecondWordLookup = _bySecondWord.GetAlternateLookup<ReadOnlySpan<char>>();
            }
            else if (_bySecondWord.TryGetValue(w[1], out var list)) list.Add(form);
            else _bySecondWord[w[1]] = [form];
        }
    }

    /// <summary>The one-word forms (after every longer one in the full list).</summary>
    public List<TForm> OneWord { get; } = [];

    /// <summary>The longer forms whose second word is <paramref name="second"/> (any case), in list order.</summary>
    public List<TForm>? WithSecondWord(ReadOnlySpan<char> second) =>
        _bySecondWord is not null && _bySecondWordLookup.TryGetValue(second, out var list) ? list : null;
}
