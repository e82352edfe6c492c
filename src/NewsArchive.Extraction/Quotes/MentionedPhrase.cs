namespace NewsArchive.Extraction.Quotes;

/// <summary>
/// Tells a phrase the text talks about from words somebody said: a quotation right after a noun for a phrase (the
/// term "managed decline", the slogan, "Stop the evictions now,") mentions the words, whatever their case.
/// </summary>
internal static class MentionedPhrase
{
    private static readonly WordLookup PhraseNouns = WordLookup.FromList("speech-phrase-nouns");

    public static bool Is(AttributionText text, int quote)
    {
        var before = text.IsPunctuation(quote - 1, ',') ? quote - 2 : quote - 1;
        return text.IsWord(before) && PhraseNouns.Contains(text.Word(before)) && !text.IsCapitalized(before);
    }
}
