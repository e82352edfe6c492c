using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Entities;

/// <summary>
/// Storms are named like people ("Hurricane Delphine", "Tropical Storm Ana", "Storm Ciarán"); once an article writes
/// the name after a storm title, the bare name ("Delphine came ashore") is the storm, neither a person nor a place.
/// </summary>
internal static class StormNames
{
    private static readonly FrozenSet<string> Titles = WordList.Set("storm-titles", StringComparer.Ordinal);

    /// <summary>The names written after a storm title in <paramref name="candidates"/> ("Delphine"), or null when there are none.</summary>
    public static HashSet<string>? Find(TokenizedBody tokens, IReadOnlyList<Candidate> candidates)
    {
        HashSet<string>? names = null;
        foreach (var candidate in candidates)
        {
            // The title opens the run, or follows "Tropical" ("Tropical Storm Ana"); "National Hurricane Center" is no storm.
            var k = candidate.First;
            // "With Hurricane Irma's arrival", "The Storm Ciarán clean-up": a sentence's first word before the title.
            if (k < candidate.Last && tokens.IsStopWord(k)) k++;
            if (k < candidate.Last && tokens.Text(k) is "Tropical" or "Subtropical" or "Severe") k++;
            if (k >= candidate.Last || !Titles.Contains(tokens.Text(k))) continue;
            if (EntityLexicon.IsOrganizationEnd(tokens.Text(candidate.Last))) continue;
            (names ??= new HashSet<string>(StringComparer.Ordinal)).Add(tokens.Phrase(k + 1, candidate.Last));
        }
        return names;
    }

    /// <summary>True for a mention of a storm's bare name or of the titled name itself.</summary>
    public static bool Names(HashSet<string> names, Mention mention) =>
        mention.Shape != MentionShape.Description && (names.Contains(mention.Core) || StormTitled(names, mention.Words));

    private static bool StormTitled(HashSet<string> names, string[] words) =>
        words.Length is 2 or 3 && Titles.Contains(words[^2]) && names.Contains(words[^1]);
}
