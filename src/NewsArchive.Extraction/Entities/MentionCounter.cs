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
        foreach (var entity in entities.OrderBy(e => e.Mentions.Min(m => m.Span.Start)))
        {
            var extracted = Write(entity);
            (entity.Kind switch
            {
                EntityKind.Person => people,
                EntityKind.Organization => organizations,
                _ => places,
            }).Add(extracted);
        }
        return new EntitySet(people, organizations, places);
    }

    private static ExtractedEntity Write(ResolvedEntity entity)
    {
        var mentions = entity.Mentions.OrderBy(m => m.Span.Start).ToList();
        var name = mentions.Where(m => m.Shape != MentionShape.Description)
            .OrderByDescending(m => m.Words.Length).ThenByDescending(m => m.Core.Length).ThenBy(m => m.Span.Start)
            .First().Core;
        var aliases = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { name };
        foreach (var mention in mentions)
        {
            if (seen.Add(mention.Core) && mention.Shape != MentionShape.Description) aliases.Add(mention.Core);
            if (seen.Add(mention.Surface)) aliases.Add(mention.Surface);
        }
        var roles = entity.Kind == EntityKind.Person
            ? FullestRoles(mentions.Where(m => m.Shape != MentionShape.Description).SelectMany(m => m.Roles))
            : [];
        var spans = new List<TextSpan>(mentions.Count);
        foreach (var mention in mentions)
            if (spans.Count == 0 || spans[^1] != mention.Span) spans.Add(mention.Span);
        return new ExtractedEntity(entity.Kind, name, aliases, roles, spans);
    }

    private static List<string> FullestRoles(IEnumerable<string> roles)
    {
        var distinct = roles.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
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
