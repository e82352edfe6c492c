namespace NewsArchive.Extraction.Quotes;

/// <summary>How a quotation stands in its sentence, as far as telling quotes from scare quotes goes.</summary>
/// <param name="Words">How many words are quoted.</param>
/// <param name="DirectCue">A speech cue is attached to the quotation itself ("No," she said / she said: "No.").</param>
/// <param name="SentenceCue">A speech cue governs the sentence the quotation stands in (said the plan was "…").</param>
/// <param name="Standalone">The quotation is a sentence of its own, not a phrase inside the narrative.</param>
/// <param name="SpeakerFromContext">The speaker was named in the sentence or paragraph before.</param>
/// <param name="TitleCase">Every quoted word is capitalized, as in a title or name ("Keep Families Together Act").</param>
internal readonly record struct QuotationShape(
    int Words, bool DirectCue, bool SentenceCue, bool Standalone, bool SpeakerFromContext, bool TitleCase);

/// <summary>
/// Drops quotation marks that are not speech. Up to three quoted words are a quote only as a sentence of their own,
/// with a cue attached ("No," she said) or a speaker just named; a longer phrase inside a
/// sentence is a quote when a speech cue governs the sentence or its speaker was just named, never when it reads as a
/// title; a longer quotation that is a sentence of its own is always a quote.
/// </summary>
internal static class ScareQuoteFilter
{
    public const int MaxScareQuoteWords = 3;
    private const int MaxContextFragmentWords = 4;

    public static bool IsQuote(QuotationShape shape)
    {
        // "No," she said is speech; what she called "pre-decisional deliberations" inside a sentence is a label.
        if (shape.DirectCue && (shape.Standalone || shape.Words > MaxScareQuoteWords)) return true;
        // A sentence of its own is speech when its speaker was just named ("Never."), or when it is long enough.
        if (shape.Standalone) return shape.SpeakerFromContext || shape.Words > MaxScareQuoteWords;
        // "said it would "consider all options"": up to three words quoted inside a sentence are a partial quote too
        // short to stand as somebody's words, even after a modal.
        if (shape.Words <= MaxScareQuoteWords) return false;
        if (shape.TitleCase) return false;
        // A four-word phrase inside the narrative ("a step too far") is someone's words only when a cue governs its sentence.
        if (shape.Words <= MaxContextFragmentWords) return shape.SentenceCue;
        return shape.SentenceCue || shape.SpeakerFromContext;
    }

    /// <summary>Counts the quoted words and whether they read as a title (every word but the small ones capitalized).</summary>
    public static (int Words, bool TitleCase) Measure(ReadOnlySpan<char> quoted)
    {
        int words = 0, capitalized = 0;
        // Every word so far is capitalized or small: once one is neither, no later word needs the small-word list.
        var titleSoFar = true;
        var i = 0;
        while (i < quoted.Length)
        {
            if (!char.IsLetterOrDigit(quoted[i])) { i++; continue; }
            var start = i;
            while (i < quoted.Length && (char.IsLetterOrDigit(quoted[i]) || quoted[i] is '\'' or '\u2019' or '-')) i++;
            var word = quoted[start..i];
            words++;
            if (char.IsUpper(word[0]) || char.IsDigit(word[0])) capitalized++;
            else if (titleSoFar && !(word.Length <= 4 && SmallWords.Contains(word))) titleSoFar = false;
        }
        // "Portrait of a Woman with a Lute": the small words of a title stay in lower case.
        return (words, words > 1 && capitalized > 0 && titleSoFar);
    }

    private static readonly WordLookup SmallWords = WordLookup.FromList("speech-title-small-words");
}
