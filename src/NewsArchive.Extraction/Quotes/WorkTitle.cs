namespace NewsArchive.Extraction.Quotes;

/// <summary>
/// Tells the quoted title of a work from quoted speech: a quotation right after a noun for a work (her novel "Things
/// we lost in the fire", the film, "A river in the dark,") or after "titled"/"entitled" (a report titled "Failing the
/// next generation") names the work, whatever its case. A title opens with a capital; "the programme "has been a
/// lifeline"" quotes what was said about it.
/// </summary>
internal static class WorkTitle
{
    private static readonly WordLookup WorkNouns = WordLookup.FromList("speech-work-nouns");

    public static bool Is(AttributionText text, int quote, ReadOnlySpan<char> quoted)
    {
        if (quoted.IsEmpty || !(char.IsUpper(quoted[0]) || char.IsDigit(quoted[0]))) return false;
        var before = text.IsPunctuation(quote - 1, ',') ? quote - 2 : quote - 1;
        if (!text.IsWord(before)) return false;
        var word = text.Word(before);
        return word.Equals("titled", StringComparison.OrdinalIgnoreCase) || word.Equals("entitled", StringComparison.OrdinalIgnoreCase)
               || (WorkNouns.Contains(word) && !text.IsCapitalized(before));
    }
}
