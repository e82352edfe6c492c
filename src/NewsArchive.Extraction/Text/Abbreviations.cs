using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Text;

/// <summary>
/// The abbreviation word lists the sentence splitter consults, as span lookups so that checking a word
/// allocates nothing.
/// </summary>
internal static class Abbreviations
{
    private static readonly FrozenSet<string> NeverFinalSet = WordList.Set("abbreviations");
    private static readonly FrozenSet<string> MaybeFinalSet = WordList.Set("abbreviations-terminal");
    private static readonly FrozenSet<string> StartersSet = WordList.Set("abbreviations-sentence-starters");
    private static readonly FrozenSet<string> SpeechVerbSet = WordList.Set("dates-reporting-verbs");

    /// <summary>Abbreviations after which a sentence never ends ("Mr.", "Gen.", "Jan.").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NeverFinal = NeverFinalSet.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Abbreviations that may also end a sentence ("U.S.", "Inc.", "etc.").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MaybeFinal = MaybeFinalSet.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Verbs of saying ("said", "asked"): a quoted question followed by "Smith asked" is one sentence.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechVerbs = SpeechVerbSet.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that typically open a sentence ("The", "He", "But").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceStarters = StartersSet.GetAlternateLookup<ReadOnlySpan<char>>();
}
