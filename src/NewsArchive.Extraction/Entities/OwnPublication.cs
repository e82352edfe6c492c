namespace NewsArchive.Extraction.Entities;

/// <summary>
/// The publication the metadata names (front matter's <c>source</c>, HTML's <c>og:site_name</c>) is an organization of
/// the article even when the body never writes it: news annotators list the outlet that ran the story. A site address
/// ("Bloomberg.com") or a newsroom's regional desk ("BBC News, Sussex") is no publication's name.
/// </summary>
internal static class OwnPublication
{
    private static readonly AcronymMatcher Acronyms = new();

    /// <summary><paramref name="entities"/>, with the publication added when no entity names it yet.</summary>
    public static EntitySet Add(string? source, EntitySet entities)
    {
        if (Name(source) is not { } name) return entities;
        var bare = WithoutArticle(name);
        foreach (var entity in entities.All)
        {
            if (Names(entity.Name, bare)) return entities;
            foreach (var alias in entity.Aliases)
                if (Names(alias, bare)) return entities;
            if (entity.Kind == EntityKind.Organization && EntityClassifier.IsAcronym(entity.Name) && Acronyms.Matches(entity.Name, bare)) return entities;
        }
        var publication = new ExtractedEntity(EntityKind.Organization, name, [], [], []);
        return entities with { Organizations = [.. entities.Organizations, publication] };
    }

    private static string? Name(string? source)
    {
        if (string.IsNullOrWhiteSpace(source)) return null;
        var name = string.Join(' ', source.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        if (name.Length is < 2 or > 60 || name.Contains(',') || name.Contains('|') || !char.IsLetter(name[0])) return null;
        foreach (var ch in name)
            if (char.IsDigit(ch)) return null;
        var dot = name.LastIndexOf('.');
        // "Bloomberg.com", "BostonGlobe.com": an address, not the paper's name ("Nation.Cymru" is written in the body).
        if (dot > 0 && dot < name.Length - 1 && name[(dot + 1)..] is "com" or "org" or "net" or "uk" or "us") return null;
        return name;
    }

    private static bool Names(string written, string bare) =>
        string.Equals(WithoutArticle(written), bare, StringComparison.OrdinalIgnoreCase);

    private static string WithoutArticle(string name) =>
        name.StartsWith("The ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
}
