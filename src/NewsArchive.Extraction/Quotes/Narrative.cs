namespace NewsArchive.Extraction.Quotes;

/// <summary>
/// One article's narrative as attribution reads it: tokens, the speakers named in them, and the closed word
/// classes that decide whether a name stands where a speaker stands.
/// </summary>
internal sealed class Narrative(AttributionText text, SpeakerMentions mentions)
{
    private static readonly WordLookup Prepositions = WordLookup.FromList("speech-prepositions");
    private static readonly WordLookup Determiners = WordLookup.FromList("speech-determiners");
    private static readonly WordLookup Adverbs = WordLookup.FromList("speech-adverbs");
    private static readonly WordLookup Honorifics = WordLookup.FromList("honorifics");
    private static readonly WordLookup Indefinites = new(["a", "an", "one", "another"]);

    public AttributionText Text { get; } = text;
    public SpeakerMentions Mentions { get; } = mentions;

    public bool IsPreposition(int t) => Text.IsWord(t) && Prepositions.Contains(Text.Word(t));

    public bool IsDeterminer(int t) => Text.IsWord(t) && Determiners.Contains(Text.Word(t));

    /// <summary>"a", "an", "one", "another": a phrase that introduces someone without naming them.</summary>
    public bool IsIndefinite(int t) => Text.IsWord(t) && Indefinites.Contains(Text.Word(t));

    // An "-ly" word is an adverb ("quickly said") unless it is a name the article uses ("Reilly said", "Bradley said").
    public bool IsAdverb(int t) =>
        Text.IsWord(t) && (Adverbs.Contains(Text.Word(t))
                           || (Text.Word(t) is { Length: > 4 } w && w.EndsWith("ly", StringComparison.Ordinal)
                               && Mentions.StartingAt(t) is null && Mentions.EndingAt(t) is null));

    /// <summary>
    /// True when the phrase starting at token <paramref name="t"/> follows a preposition ("to the BBC", "at Acme"),
    /// so it is an object, not a speaker.
    /// </summary>
    public bool FollowsPreposition(int t, int floor = 0)
    {
        var k = t - 1;
        while (k >= floor)
        {
            // "the family of Ms Threlfall", "a letter to Dr. Ames": a title before the name stands between them too.
            if (IsDeterminer(k) || IsHonorific(k)) k--;
            else if (Text.IsPunctuation(k, '.') && IsHonorific(k - 1)) k -= 2;
            else break;
        }
        return k >= floor && Text.IsWord(k) && Prepositions.Contains(Text.Word(k));
    }

    private bool IsHonorific(int t) => Text.IsWord(t) && Text.IsCapitalized(t) && Honorifics.Contains(Text.Word(t));

    /// <summary>A determiner or preposition: words that never name a role.</summary>
    public bool IsFunctionWord(ReadOnlySpan<char> word) => Determiners.Contains(word) || Prepositions.Contains(word);

    /// <summary>The first token of the sentence holding token <paramref name="t"/> (never before its paragraph).</summary>
    public int SentenceStart(int t)
    {
        var paragraph = Text.Tokens[t].FirstParagraph;
        while (t > 0 && !Text.StartsSentence(t) && Text.Tokens[t - 1].Paragraph == paragraph) t--;
        return t;
    }

    /// <summary>The token after the sentence holding token <paramref name="t"/> (never past its paragraph).</summary>
    public int SentenceEnd(int t)
    {
        var paragraph = Text.Tokens[t].Paragraph;
        t++;
        while (t < Text.Tokens.Length && !Text.StartsSentence(t) && Text.Tokens[t].FirstParagraph == paragraph) t++;
        return t;
    }

    /// <summary>The first token of the paragraph holding token <paramref name="t"/>.</summary>
    public int ParagraphStart(int t)
    {
        var paragraph = Text.Tokens[t].FirstParagraph;
        while (t > 0 && Text.Tokens[t - 1].Paragraph == paragraph) t--;
        return t;
    }

    /// <summary>True for a subject-like mention: not possessive ("Trump's tweet") and not after a preposition,
    /// except the agent of a passive ("was echoed by Councillor Jo Ames"), who is the clause's doer.</summary>
    public bool IsSubjectLike(Mention mention) =>
        !mention.Possessive && (!FollowsPreposition(mention.Token) || IsPassiveAgent(mention.Token));

    private static readonly WordLookup BeForms = new(["was", "were", "is", "are", "been", "be", "being"]);
    private static readonly WordLookup IrregularParticiples = new(["said", "told", "written"]);
    private static readonly WordLookup MeansOfSpeech = new(["phone", "telephone", "email", "e-mail", "text", "video", "letter", "post", "mail", "videolink"]);

    /// <summary>
    /// True when the one-word cue at token <paramref name="t"/> is a passive participle ("he was described as",
    /// "could be called", "described by friends as"): its subject is who was spoken of, not who spoke.
    /// </summary>
    public bool IsPassiveCue(int t)
    {
        if (!Text.IsWord(t) || Text.IsCapitalized(t)) return false;
        var verb = Text.Word(t);
        if (!(verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || IrregularParticiples.Contains(verb))) return false;
        // "Dodd, described by friends as": after a comma or a noun, not after its subject ("he said by phone").
        if (Text.IsWord(t + 1) && Text.Word(t + 1).Equals("by", StringComparison.OrdinalIgnoreCase)
            && !(Text.IsWord(t + 2) && MeansOfSpeech.Contains(Text.Word(t + 2)))
            && (Text.IsPunctuation(t - 1, ',') || (Text.IsWord(t - 1) && !Text.IsCapitalized(t - 1) && Mentions.EndingAt(t - 1) is null
                                                    && !SubjectFinder.IsPronoun(Text.Word(t - 1)) && !IsDeterminer(t - 1)))) return true;
        var be = t - 1;
        if (Text.IsWord(be) && !BeForms.Contains(Text.Word(be)) && IsAdverb(be)) be--; // "was widely described"
        return Text.IsWord(be) && BeForms.Contains(Text.Word(be));
    }

    // "was echoed by X", "were backed by X", "has been criticised by X": "by" after a participle after a form of "be".
    private bool IsPassiveAgent(int t)
    {
        var k = t - 1;
        while (k >= 0 && (IsDeterminer(k) || IsHonorific(k))) k--;
        if (!Text.IsWord(k) || !Text.Word(k).Equals("by", StringComparison.OrdinalIgnoreCase)) return false;
        var participle = k - 1;
        if (Text.IsWord(participle) && IsAdverb(participle)) participle--; // "was strongly backed by"
        if (!Text.IsWord(participle) || Text.IsCapitalized(participle)) return false;
        var verb = Text.Word(participle);
        if (!(verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || verb.EndsWith("en", StringComparison.OrdinalIgnoreCase))) return false;
        var be = participle - 1;
        if (Text.IsWord(be) && !BeForms.Contains(Text.Word(be)) && IsAdverb(be)) be--; // "was also echoed by"
        return Text.IsWord(be) && BeForms.Contains(Text.Word(be));
    }
}
