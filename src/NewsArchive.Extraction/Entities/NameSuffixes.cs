namespace NewsArchive.Extraction.Entities;

/// <summary>Generational suffixes ("Jr.", "III") that end a name without being its surname.</summary>
internal static class NameSuffixes
{
    private static readonly FrozenSet<string> Suffixes = FrozenSet.Create(StringComparer.Ordinal, ["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"]);

    /// <summary>True for a generational suffix.</summary>
    public static bool Contains(string word) => Suffixes.Contains(word);

    /// <summary>The surname of a name's words: "Raymond Ortiz Jr." → "Ortiz".</summary>
    public static string Surname(string[] words) =>
        words.Length > 1 && Suffixes.Contains(words[^1]) ? words[^2].TrimEnd(',') : words[^1];
}
