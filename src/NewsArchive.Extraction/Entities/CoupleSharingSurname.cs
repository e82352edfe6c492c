using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Entities;

/// <summary>
/// "Dave and Linda Harrop": two given names joined by "and" before one surname name two people, so the lone given
/// name before "and" takes the surname of the full name after it (Dave Harrop and Linda Harrop).
/// </summary>
internal static class CoupleSharingSurname
{
    /// <summary>Rewrites, in place, each lone given-name mention that opens such a pair into the full name.</summary>
    public static void Complete(string body, List<Mention> mentions)
    {
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var lone = mentions[i];
            var full = mentions[i + 1];
            if (lone.Shape != MentionShape.Name || full.Shape != MentionShape.Name || lone.KnownOnly) continue;
            if (lone.Words is not [var given] || full.Words.Length < 2 || lone.Honorific is not null || lone.Roles.Count > 0) continue;
            if (!EntityLexicon.IsGivenName(given) || !EntityLexicon.IsGivenName(full.Words[0]) || EntityLexicon.IsGivenName(full.Words[^1])) continue;
            if (full.Surface != full.Core || full.Evidence.Person <= full.Evidence.Organization) continue;
            if (!body.AsSpan(lone.Span.End, full.Span.Start - lone.Span.End).Trim().Equals("and", StringComparison.Ordinal)) continue;
            string[] words = [given, .. full.Words[1..]];
            var core = string.Join(' ', words);
            mentions[i] = lone with
            {
                Surface = core,
                Core = core,
                Words = words,
                Evidence = full.Evidence,
                OrganizationGroup = -1,
                PlaceGroup = -1,
            };
        }
    }
}
