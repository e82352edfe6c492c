using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Quotes;

/// <summary>
/// Tells a quoted compound modifier from a quotation: marks around words that stand between a determiner and the
/// noun they describe (a "buy now, pay later" scheme, its "first come, first served" policy) set off a label, not
/// speech. The quoted words end with no punctuation and a lowercase word follows that is no function word, adverb or
/// word of time (a "complete waste of time" today is a partial quote), and the words do not speak in the first or
/// second person.
/// </summary>
internal static class QuotedModifier
{
    private static readonly WordLookup Determiners = WordLookup.FromList("speech-determiners");
    private static readonly WordLookup NotNouns = new(
        WordList.Lines("speech-prepositions").Concat(WordList.Lines("speech-determiners"))
            .Concat(["and", "or", "but", "nor", "so", "yet", "as", "than", "that", "which", "who", "whom", "whose", "when", "where", "while",
                     "because", "if", "is", "was", "are", "were", "be", "been", "being", "has", "had", "have", "do", "does", "did", "will",
                     "would", "could", "should", "can", "may", "might", "must", "shall", "not", "it", "they", "he", "she", "we", "you", "i",
                     "today", "yesterday", "tonight", "tomorrow", "too", "though", "instead", "ago", "there", "here"])
            .Concat(WordList.Lines("speech-time-phrase-words")));
    private static readonly SpeechCues Cues = new();
    private static readonly WordLookup PersonalWords = new(["i", "me", "my", "we", "us", "our", "you", "your"]);

    // The mayor's "we are open for business" pitch: words in the first or second person ("we", "I'm") are speech.
    private static bool SpeaksInPerson(ReadOnlySpan<char> quoted)
    {
        var i = 0;
        while (i < quoted.Length)
        {
            if (!char.IsLetter(quoted[i])) { i++; continue; }
            var start = i;
            while (i < quoted.Length && char.IsLetter(quoted[i])) i++;
            // "we're", "I'm": the letters before the apostrophe.
            if ((start == 0 || !IsApostrophe(quoted[start - 1])) && PersonalWords.Contains(quoted[start..i])) return true;
        }
        return false;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    public static bool Is(Narrative narrative, int quote, ReadOnlySpan<char> quoted)
    {
        var text = narrative.Text;
        if (quoted.IsEmpty || !char.IsLetterOrDigit(quoted[^1]) || SpeaksInPerson(quoted)) return false;
        var before = quote - 1;
        if (!text.IsWord(before) || !(Determiners.Contains(text.Word(before)) || text.Tokens[before].Possessive)) return false;
        var after = quote + 1;
        return text.IsWord(after) && !text.IsCapitalized(after) && text.Tokens[after].Paragraph == text.Tokens[quote].Paragraph
               && !NotNouns.Contains(text.Word(after)) && !narrative.IsAdverb(after) && !Cues.TryMatch(text, after, out _);
    }
}
