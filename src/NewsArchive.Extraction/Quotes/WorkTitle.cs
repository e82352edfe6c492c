namespace NewsArchive.Extraction.Quotes;

/// <summary>
/// Tells the quoted title of a work from quoted speech: a quotation right after a noun for a work (her novel "Things
/// we lost in the fire", the film, "A river in the dark,") or after "titled"/"entitled" (a report titled "Failing the
/// next generation") names the work, whatever its case; so does one after a noun phrase and a verb of naming (a new
/// exhibition called "Women who built the town", a podcast named "Stories from the mill", the campaign, called "Keep
/// our library open"). A title opens with a
/// capital; "the programme "has been a lifeline"" quotes what was said about it.
/// </summary>
internal static class WorkTitle
{
    private static readonly WordLookup WorkNouns = WordLookup.FromList("speech-work-nouns");

    /// <summary>True when the quotation at <paramref name="quote"/> names a work; <paramref name="directCue"/>: a cue
    /// attached to it makes it speech ("Her new song, "I will not be quiet," she said, …"), unless that cue is the
    /// verb of naming itself.</summary>
    public static bool Is(AttributionText text, int quote, ReadOnlySpan<char> quoted, bool directCue)
    {
        if (quoted.IsEmpty || !(char.IsUpper(quoted[0]) || char.IsDigit(quoted[0]))) return false;
        var before = text.IsPunctuation(quote - 1, ',') ? quote - 2 : quote - 1;
        if (!text.IsWord(before)) return false;
        var word = text.Word(before);
        if (before == quote - 1 && NamingVerbs.Contains(word)) return NamedThingBefore(text, before);
        return !directCue && (word.Equals("titled", StringComparison.OrdinalIgnoreCase) || word.Equals("entitled", StringComparison.OrdinalIgnoreCase)
                              || (WorkNouns.Contains(word) && !text.IsCapitalized(before)));
    }

    private static readonly WordLookup NamingVerbs = new(["called", "named", "dubbed", "nicknamed"]);
    private static readonly WordLookup Determiners = WordLookup.FromList("speech-determiners");
    private const int MaxWordsInNounPhrase = 3;

    // "a new exhibition called": a lowercase noun right before the verb, in a phrase a determiner opens a few words
    // back; "what critics called" has none, and "she called" is a speaker.
    private static bool NamedThingBefore(AttributionText text, int verb)
    {
        var noun = verb - 1;
        // "The campaign, called "Keep our library open"": the naming participle set off by a comma names the same thing.
        if (text.IsPunctuation(noun, ',')) noun--;
        if (!text.IsWord(noun) || text.IsCapitalized(noun) || SubjectFinder.IsPronoun(text.Word(noun)) || Determiners.Contains(text.Word(noun))) return false;
        for (var k = noun - 1; k >= noun - MaxWordsInNounPhrase && text.IsWord(k); k--)
            if (Determiners.Contains(text.Word(k))) return true;
        return false;
    }
}
