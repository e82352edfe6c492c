namespace NewsArchive.Extraction.Entities;

/// <summary>
/// Decides whether an acronym abbreviates a name: "ICE" ↔ "Immigration and Customs Enforcement",
/// "DOJ" ↔ "Department of Justice", "NHS" ↔ "National Health Service". Compares the acronym with the initials of
/// the name's capitalized words, with and without the initials of its small words ("of", "and", "for"), ignoring
/// case, a leading country ("U.S.", "UK") and a shared tail ("ACLU of Colorado" ↔ "American Civil Liberties Union of Colorado").
/// </summary>
internal sealed class AcronymMatcher
{
    private static readonly FrozenSet<string> SmallWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, ["of", "and", "for", "the", "on", "in", "&"]);
    private static readonly FrozenSet<string> CountryPrefixes = FrozenSet.Create(StringComparer.Ordinal, ["U.S.", "US", "UK", "U.K.", "HM", "British", "American", "Federal", "National"]);

    /// <summary>True when <paramref name="acronym"/> (one word or "ACRONYM of X") abbreviates <paramref name="name"/>.</summary>
    public bool Matches(string acronym, string name)
    {
        var acronymWords = acronym.Split(' ');
        var nameWords = name.Split(' ');
        // "ACLU of Colorado" ↔ "American Civil Liberties Union of Colorado": compare what comes before the shared tail.
        var shared = 0;
        while (shared < acronymWords.Length - 1 && shared < nameWords.Length - 1
               && acronymWords[^(shared + 1)] == nameWords[^(shared + 1)]) shared++;
        if (acronymWords.Length - shared != 1) return false;
        var letters = acronymWords[0].Replace(".", "");
        if (letters.Length < 2) return false;
        var words = nameWords.AsSpan(0, nameWords.Length - shared);
        if (words.Length < 2) return false;
        return Initials(words, withSmallWords: false).Equals(letters, StringComparison.OrdinalIgnoreCase)
               || Initials(words, withSmallWords: true).Equals(letters, StringComparison.OrdinalIgnoreCase)
               || (words.Length > 2 && CountryPrefixes.Contains(words[0]) && Matches(acronymWords[0], string.Join(' ', words[1..].ToArray())));
    }

    private static string Initials(ReadOnlySpan<string> words, bool withSmallWords)
    {
        Span<char> initials = stackalloc char[words.Length * 2];
        var n = 0;
        foreach (var word in words)
        {
            if (word.Length == 0 || word == "&") continue;
            if (SmallWords.Contains(word) && !withSmallWords) continue;
            initials[n++] = word[0];
            // "Co-operation" and "Health-Care" give two letters.
            var hyphen = word.IndexOf('-');
            if (hyphen > 0 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1]) && n < initials.Length) initials[n++] = word[hyphen + 1];
        }
        return new string(initials[..n]);
    }
}
