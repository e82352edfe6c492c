using System.Collections.Frozen;
using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Quotes;

/// <summary>
/// Which organizations a noun for a kind of body can stand for when their names do not hold that noun: "the force"
/// for Greater Manchester Police, "the district" for Denver Public Schools (speech-organization-kinds).
/// </summary>
internal static class OrganizationKinds
{
    private static readonly FrozenDictionary<string, string[]> NameWords = WordList.Lines("speech-organization-kinds")
        .Select(l => l.Split(':', 2))
        .Select(p => (Noun: p[0].Trim(), Words: p[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        // "Hollins Rovers were relegated … "…," the club said": a sports club is "the club" by the last words of
        // club names ("FC", "United", "Rovers").
        .Append((Noun: "club", Words: WordList.Lines("organization-club-suffixes").ToArray()))
        .ToFrozenDictionary(p => p.Noun, p => p.Words, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> ByNoun =
        NameWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="name"/> has a word that names a body of the kind <paramref name="noun"/> says.</summary>
    public static bool Fits(ReadOnlySpan<char> noun, string name)
    {
        if (!ByNoun.TryGetValue(noun, out var words)) return false;
        foreach (var part in name.Split(' '))
            foreach (var w in words)
                if (part.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>True when the noun has kind words at all.</summary>
    public static bool Knows(ReadOnlySpan<char> noun) => ByNoun.ContainsKey(noun);
}
