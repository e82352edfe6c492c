namespace NewsArchive.Extraction.Quotes;

/// <summary>
/// Mentions made through a relation: "His daughter, Ana Ruiz, said …" (or "Ana Ruiz, his daughter," / "his
/// daughter Ana Ruiz") introduces Ana Ruiz as "his daughter", so a later "his daughter said" names her. Each later
/// "his/her/their RELATION" becomes a mention of the person last introduced by that relation word (or the only one,
/// when the introduction comes later); a relation the text never ties to a name stays nobody.
/// </summary>
internal static class RelationMentions
{
    public static readonly WordLookup Relations = WordLookup.FromList("speech-relations");

    /// <summary>The mentions in <paramref name="all"/> (sorted by token) merged with the relation mentions, sorted.</summary>
    public static List<Mention> Add(AttributionText text, List<Mention> all)
    {
        // Who each relation word introduces, in text order (one pass over the mentions).
        var introduced = new List<(int Token, string Noun, Speaker Speaker)>();
        var taken = new HashSet<int>();
        foreach (var m in all)
        {
            if (!m.Speaker.IsPerson) continue;
            var before = text.IsPunctuation(m.Token - 1, ',') ? m.Token - 2 : m.Token - 1;
            if (IsRelationPhrase(text, before))
            {
                introduced.Add((before, text.Word(before).ToString(), m.Speaker));
                taken.Add(before);
            }
            else if (text.IsPunctuation(m.End, ',') && IsRelationPhrase(text, m.End + 2))
            {
                introduced.Add((m.End + 2, text.Word(m.End + 2).ToString(), m.Speaker));
                taken.Add(m.End + 2);
            }
        }
        if (introduced.Count == 0) return all;

        var added = new List<Mention>();
        for (var t = 0; t < text.Tokens.Length; t++)
        {
            if (taken.Contains(t) || !IsRelationPhrase(text, t)) continue;
            if (By(introduced, text.Word(t), t) is { } speaker)
                added.Add(new Mention(t - 1, t + 1, speaker, text.Tokens[t].Possessive));
        }
        return added.Count == 0 ? all : Merge(all, added);
    }

    // "his daughter", "her spokesman", "their lawyer": a possessive pronoun and a relation word.
    private static bool IsRelationPhrase(AttributionText text, int t)
    {
        if (!text.IsWord(t) || !text.IsWord(t - 1) || !Relations.Contains(text.Word(t))) return false;
        var owner = text.Word(t - 1);
        return owner.Equals("his", StringComparison.OrdinalIgnoreCase) || owner.Equals("her", StringComparison.OrdinalIgnoreCase)
               || owner.Equals("their", StringComparison.OrdinalIgnoreCase);
    }

    // The person last introduced by this relation word before token t, else the only one introduced by it.
    private static Speaker? By(List<(int Token, string Noun, Speaker Speaker)> introduced, ReadOnlySpan<char> noun, int t)
    {
        Speaker? latest = null, only = null;
        var count = 0;
        foreach (var (token, n, speaker) in introduced)
        {
            if (!noun.Equals(n, StringComparison.OrdinalIgnoreCase)) continue;
            if (token < t) latest = speaker;
            if (!ReferenceEquals(only, speaker)) { only = speaker; count++; }
        }
        return latest ?? (count == 1 ? only : null);
    }

    private static List<Mention> Merge(List<Mention> a, List<Mention> b)
    {
        var merged = new List<Mention>(a.Count + b.Count);
        int i = 0, j = 0;
        while (i < a.Count || j < b.Count)
        {
            if (j >= b.Count || (i < a.Count && a[i].Token < b[j].Token)) merged.Add(a[i++]);
            else if (i < a.Count && a[i].Token < b[j].End) j++; // overlaps a name: the name wins
            else merged.Add(b[j++]);
        }
        return merged;
    }
}
