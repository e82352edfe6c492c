namespace NewsArchive.Extraction.Entities;

/// <summary>
/// Writes each resolved entity out: its name is the fullest form seen (most words, then most letters), its
/// aliases every other distinct surface form, its roles the distinct roles given to it (a role contained in a
/// fuller one, like "Attorney General" in "U.S. Attorney General", is dropped), and its mentions in body order.
/// </summary>
internal sealed class MentionCounter
{
    public EntitySet Count(IReadOnlyList<ResolvedEntity> entities)
    {
        var people = new List<ExtractedEntity>();
        var organizations = new List<ExtractedEntity>();
        var places = new List<ExtractedEntity>();
        // By first mention; the (start, index) pairs are distinct, so the sort keeps ties in list order as a stable sort does.
        var order = new (int Start, int Index)[entities.Count];
        for (var i = 0; i < entities.Count; i++) order[i] = (FirstStart(entities[i]), i);
        Array.Sort(order);
        var written = new List<(ResolvedEntity Entity, string Name, string? Surname)>(order.Length);
        foreach (var (_, index) in order)
        {
            var name = NameOf(entities[index]);
            written.Add((entities[index], name, entities[index].Kind == EntityKind.Person ? Surname(name) : null));
        }
        // Two Smiths: "Smith" alone would name either, so neither gets it as an alias.
        var surnameCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in written)
            if (w.Surname is { } surname) surnameCounts[surname] = surnameCounts.GetValueOrDefault(surname) + 1;
        var sharedSurnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (surname, count) in surnameCounts)
            if (count > 1) sharedSurnames.Add(surname);
        // One set of the forms seen, emptied for each entity: not a new set per entity.
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (entity, name, surname) in written)
        {
            seen.Clear();
            var extracted = Write(entity, name, surname, sharedSurnames, seen);
            (entity.Kind switch
            {
                EntityKind.Person => people,
                EntityKind.Organization => organizations,
                _ => places,
            }).Add(extracted);
        }
        return new EntitySet(people, organizations, places);
    }

    private static string NameOf(ResolvedEntity entity)
    {
        // Most words, then most letters, then the earliest; on a full tie the first listed (as a stable sort would give).
        Mention? fullest = null;
        foreach (var m in entity.Mentions)
        {
            if (m.Shape == MentionShape.Description) continue;
            if (fullest is null || m.Words.Length > fullest.Words.Length
                || (m.Words.Length == fullest.Words.Length && (m.Core.Length > fullest.Core.Length
                    || (m.Core.Length == fullest.Core.Length && m.Span.Start < fullest.Span.Start))))
                fullest = m;
        }
        if (fullest is null) throw new InvalidOperationException("An entity has no mention but descriptions.");
        return Unabbreviated(entity.Kind, fullest.Core);
    }

    private static int FirstStart(ResolvedEntity entity)
    {
        if (entity.Mentions.Count == 0) throw new InvalidOperationException("An entity has no mention.");
        var first = int.MaxValue;
        for (var k = 0; k < entity.Mentions.Count; k++) first = Math.Min(first, entity.Mentions[k].Span.Start);
        return first;
    }

    private static ExtractedEntity Write(ResolvedEntity entity, string name, string? surname, HashSet<string> sharedSurnames, HashSet<string> seen)
    {
        // Usually already in body order; the stable sort only when not.
        var mentions = new List<Mention>(entity.Mentions);
        for (var k = 1; k < mentions.Count; k++)
            if (mentions[k].Span.Start < mentions[k - 1].Span.Start)
            {
                mentions = entity.Mentions.OrderBy(m => m.Span.Start).ToList();
                break;
            }
        var aliases = new List<string>();
        seen.Add(name);
        string? previousCore = null;
        foreach (var mention in mentions)
        {
            // Most mentions repeat the core of the one before ("Smith" … "Smith"): the set already holds it, so it is not hashed again.
            if (!string.Equals(mention.Core, previousCore, StringComparison.Ordinal) && seen.Add(mention.Core) && mention.Shape != MentionShape.Description)
                aliases.Add(mention.Core);
            previousCore = mention.Core;
            // Most mentions are written as their core: that string was just added, so it is not hashed again.
            if (!string.Equals(mention.Surface, mention.Core, StringComparison.Ordinal) && seen.Add(mention.Surface)) aliases.Add(mention.Surface);
            if (mention.ShortSurface is { } shorter && seen.Add(shorter)) aliases.Add(shorter);
            // "the Washington Post" is how the article names it; the name itself drops the article.
            if (entity.Kind == EntityKind.Organization && mention.Article is { } article && seen.Add($"{article} {mention.Surface}"))
                aliases.Add($"{article} {mention.Surface}");
        }
        // "Sir Roger", "Dame Margaret": a knight or dame is called by title and given name.
        // (A loop in mention order, each of the two titles once: most people have neither.)
        if (entity.Kind == EntityKind.Person && name.Contains(' '))
        {
            string? firstTitle = null;
            foreach (var mention in mentions)
            {
                if (mention.Honorific is not ("Sir" or "Dame") || mention.Honorific == firstTitle) continue;
                var honorific = mention.Honorific;
                if (seen.Add($"{honorific} {name.Split(' ')[0]}")) aliases.Add($"{honorific} {name.Split(' ')[0]}");
                if (firstTitle is not null) break;
                firstTitle = honorific;
            }
        }
        // "Hollis Pipe Corp." is also "Hollis Pipe"; "Meridian Health Systems Inc." also "Meridian Health Systems", "Meridian Health".
        if (entity.Kind == EntityKind.Organization && EndsInSuffix(name))
            foreach (var shorter in WithoutSuffixes(name))
                if (seen.Add(shorter)) aliases.Add(shorter);
        // The surname alone is how the article, or the next one, will call a person ("Weiser").
        if (surname is not null && !sharedSurnames.Contains(surname) && seen.Add(surname))
            aliases.Add(surname);
        var roles = entity.Kind == EntityKind.Person ? FullestRoles(mentions) : [];
        var spans = new List<TextSpan>(mentions.Count);
        foreach (var mention in mentions)
            if (spans.Count == 0 || spans[^1] != mention.Span) spans.Add(mention.Span);
        return new ExtractedEntity(entity.Kind, name, aliases, roles, spans);
    }

    // "Phil Weiser" → "Weiser", "Ursula von der Leyen" → "von der Leyen", "Martin Luther King Jr." → "King".
    private static string? Surname(string name)
    {
        var words = name.Split(' ');
        var last = words.Length - 1;
        if (last > 1 && NameSuffixes.Contains(words[last])) last--;
        if (last < 1) return null;
        var first = last;
        while (first > 1 && words[first - 1].Length > 0 && char.IsLower(words[first - 1][0])) first--;
        return string.Join(' ', words[first..(last + 1)]);
    }

    // Most names end in no suffix: the last word alone says so, without splitting the name or making an iterator.
    private static bool EndsInSuffix(string name)
    {
        var space = name.LastIndexOf(' ');
        return space >= 0 && IsSuffix(name.AsSpan(space + 1));
    }

    private static IEnumerable<string> WithoutSuffixes(string name)
    {
        var words = name.Split(' ').ToList();
        while (words.Count > 1 && IsSuffix(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
            if (words[^1].EndsWith(',')) words[^1] = words[^1].TrimEnd(',');
            yield return string.Join(' ', words);
        }
    }

    private static bool IsSuffix(ReadOnlySpan<char> word) => Suffixes.Contains(word) || Suffixes.Contains(word.TrimEnd(",."));

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Suffixes =
        Lexicon.EntityLexicon.OrganizationSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();

    // A place seen only as "Ariz." is named "Arizona" (the abbreviation stays an alias); "U.S." stays as written.
    private static string Unabbreviated(EntityKind kind, string name)
    {
        // "MAPLE HOLLOW, Pa. —": a dateline's capitals are not how the place is written.
        if (kind == EntityKind.Place && name.Contains(' ') && !name.Any(char.IsLower)) return Lexicon.EntityLexicon.TitleCase(name);
        if (kind != EntityKind.Place || !name.EndsWith('.') || name.Contains(' ') || name.Count(c => c == '.') > 1) return name;
        var group = Lexicon.EntityLexicon.Places.Group(name);
        return group >= 0 ? Lexicon.EntityLexicon.Places.Canonical(group) : name;
    }

    private static List<string> FullestRoles(List<Mention> mentions)
    {
        // Most people have one role or none: no set and no second list for them.
        var distinct = new List<string>();
        HashSet<string>? seen = null;
        foreach (var mention in mentions)
        {
            if (mention.Shape == MentionShape.Description) continue;
            for (var k = 0; k < mention.Roles.Count; k++)
            {
                var role = mention.Roles[k];
                if (distinct.Count == 0) { distinct.Add(role); continue; }
                seen ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase) { distinct[0] };
                if (seen.Add(role)) distinct.Add(role);
            }
        }
        if (distinct.Count < 2) return distinct;
        return distinct.Where(role => !distinct.Any(other => other.Length > role.Length && ContainsWords(other, role))).ToList();
    }

    private static bool ContainsWords(string text, string words)
    {
        var at = text.IndexOf(words, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var end = at + words.Length;
            var after = end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (before && after) return true;
            at = text.IndexOf(words, at + 1, StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }
}
