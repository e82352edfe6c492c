using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Entities;

/// <summary>
/// A known state or country that opens a public body's name is a place of the article even when the body never
/// names it alone: "the Connecticut Department of Public Health", "the Alaska Department of Transportation" tell the
/// reader where the story is. Only departments, agencies and the like count (a word after the place that names a
/// public body: "Department", "Agency", "Public" as in "Des Moines Public Schools"): a team, a paper or a police force
/// named for its place ("the Boston Globe", "Merseyside Police") is read by annotators as the body alone.
/// </summary>
internal static class PlaceOpeningBodyName
{
    private static readonly FrozenSet<string> PublicHeads = FrozenSet.Create(StringComparer.Ordinal,
        ["Department", "Agency", "Commission", "Division", "Bureau", "Public", "Marine", "Employment"]);

    /// <summary><paramref name="entities"/>, with each such place added when no place entity names it yet.</summary>
    public static EntitySet Add(EntitySet entities)
    {
        List<ExtractedEntity>? added = null;
        foreach (var organization in entities.Organizations)
        {
            var words = organization.Name.Split(' ');
            // "Connecticut Department…", "New Mexico Department…": the longest known place before a public head.
            for (var n = Math.Min(3, words.Length - 1); n >= 1; n--)
            {
                if (!PublicHeads.Contains(words[n])) continue;
                var place = string.Join(' ', words[..n]);
                // "U.S. Department of Labor": a country's own abbreviation says nothing of where the story is.
                if (!EntityLexicon.Places.Contains(place) || place.Contains('.')) continue;
                if (Named(entities.Places, place) || (added is not null && Named(added, place))) break;
                (added ??= []).Add(new ExtractedEntity(EntityKind.Place, place, [], [], []));
                break;
            }
        }
        return added is null ? entities : entities with { Places = [.. entities.Places, .. added] };
    }

    private static bool Named(IEnumerable<ExtractedEntity> places, string name)
    {
        foreach (var place in places)
        {
            if (string.Equals(place.Name, name, StringComparison.OrdinalIgnoreCase)) return true;
            foreach (var alias in place.Aliases)
                if (string.Equals(alias, name, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
