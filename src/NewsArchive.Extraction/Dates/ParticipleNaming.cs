using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "according to the plan approved Feb. 11", "under the law passed in May": a date after a participle that describes a
/// prepositional object names that thing by its happening, like "Saturday's defeat"; when the story tells that day's
/// happening elsewhere, it is the same happening again.
/// </summary>
internal static class ParticipleNaming
{
    public static bool Is(DateScan scan, DateMention mention)
    {
        var (first, _) = scan.TokensOf(mention.Sentence);
        var participle = mention.FirstToken - 1;
        if (participle >= first && (scan.IsWord(participle, "on") || scan.IsWord(participle, "in"))) participle--;
        var noun = participle - 1;
        var determiner = noun - 1;
        var preposition = determiner - 1;
        if (preposition < first || !ClauseTense.IsPastVerb(scan, participle)) return false;
        if (scan.Tokens[noun].Kind != TokenKind.Word || !char.IsLower(scan.Body[scan.Tokens[noun].Start]) || ClauseTense.IsPastVerb(scan, noun)) return false;
        if (!(scan.IsWord(determiner, "the") || scan.IsWord(determiner, "a") || scan.IsWord(determiner, "an") || scan.IsWord(determiner, "its")
              || scan.IsWord(determiner, "their"))) return false;
        return scan.Tokens[preposition].Kind == TokenKind.Word && DateWords.Prepositions.Contains(scan.Text(preposition));
    }
}
