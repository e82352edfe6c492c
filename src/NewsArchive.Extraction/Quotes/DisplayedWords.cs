namespace NewsArchive.Extraction.Quotes;

/// <summary>
/// Tells words shown on a sign, placard or banner from speech: "held placards reading "We are still here"", "a sign
/// on the door read: "No entry without appointment."" — a display noun, at most four words on, and a verb of
/// showing right before the quotation.
/// </summary>
internal static class DisplayedWords
{
    private const int MaxWordsBetween = 4;
    private static readonly WordLookup DisplayNouns = WordLookup.FromList("speech-display-nouns");
    private static readonly WordLookup ShowingVerbs = new(["read", "reads", "reading", "said", "says", "saying", "stating", "declaring", "proclaiming", "bearing", "with"]);

    public static bool Is(AttributionText text, int quote)
    {
        var verb = text.IsPunctuation(quote - 1, ':') ? quote - 2 : quote - 1;
        if (!text.IsWord(verb) || !ShowingVerbs.Contains(text.Word(verb))) return false;
        // "placards reading", "a sign on the door read", "banners that said": only words between, none a name's.
        for (var k = verb - 1; k >= verb - 1 - MaxWordsBetween && text.IsWord(k); k--)
            if (DisplayNouns.Contains(text.Word(k))) return true;
        return false;
    }
}
