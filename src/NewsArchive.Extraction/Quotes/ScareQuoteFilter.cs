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
/// Drops quotation marks that are not speech. Up to three quoted words are a quote only with a cue attached to them
/// ("No," she said) or when they are a sentence of their own whose speaker was just named; a longer phrase inside a
/// sentence is a quote when a speech cue governs the sentence or its speaker was just named, never when it reads as a
/// title; a longer quotation that is a sentence of its own is always a quote.
/// </summary>
internal static class ScareQuoteFilter
{
    public const int MaxScareQuoteWords = 3;

    public static bool IsQuote(QuotationShape shape)
    {
        if (shape.DirectCue) return true;
        // A sentence of its own is speech when its speaker was just named ("Never."), or when it is long enough.
        if (shape.Standalone) return shape.SpeakerFromContext || shape.Words > MaxScareQuoteWords;
        if (shape.Words <= MaxScareQuoteWords) return false;
        if (shape.TitleCase) return false;
        return shape.SentenceCue || shape.SpeakerFromContext;
    }

    /// <summary>Counts the quoted words and whether each is capitalized.</summary>
    public static (int Words, bool TitleCase) Measure(ReadOnlySpan<char> quoted)
    {
        int words = 0, capitalized = 0;
        var inWord = false;
        for (var i = 0; i < quoted.Length; i++)
        {
            var letter = char.IsLetterOrDigit(quoted[i]);
            if (letter && !inWord)
            {
                words++;
                if (char.IsUpper(quoted[i]) || char.IsDigit(quoted[i])) capitalized++;
            }
            inWord = letter || (inWord && quoted[i] is '\'' or '\u2019' or '-' or '.');
        }
        // Small words (of, and, the) stay lower case in titles: three in four capitalized reads as a title.
        return (words, words > 0 && capitalized * 4 >= words * 3);
    }
}
