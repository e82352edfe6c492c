namespace NewsArchive.Extraction.Quotes;

/// <summary>
/// Resolves "he" or "she" in an attribution to the person the passage is about: going back sentence by sentence
/// through the quotation's paragraph and the one before, the first sentence that names a compatible person gives
/// its subject (a mention that is not possessive and not after a preposition); when no sentence names one as a
/// subject, the nearest compatible mention. Names inside quotations never count.
/// </summary>
/// <remarks>
/// A paragraph before that names nobody but keeps using the same pronoun ("For her part, she admitted …")
/// continues the passage, so the search reaches one paragraph further back (at most three). When nobody fits, a
/// person in the quotation's own paragraph whose gender rests only on the given-name lists is taken as if it were
/// unknown (the text's own "she" outweighs a list that files Kiran or Jordan under one gender); then the search
/// reaches two paragraphs further for the most recent compatible person.
/// </remarks>
internal sealed class PronounResolver(Narrative narrative)
{
    private const int MaxChainedParagraphs = 3;
    private const int ExtraParagraphs = 2;
    private const int MaxChainedParagraphTokens = 400;

    /// <summary>The person "he"/"she" (<paramref name="gender"/>) refers to, for the quotation at token <paramref name="anchor"/>.</summary>
    public string? Resolve(int anchor, Gender gender)
    {
        var text = narrative.Text;
        var paragraph = text.Tokens[anchor].FirstParagraph;
        var oldest = paragraph - 1;
        var start = narrative.ParagraphStart(anchor);
        var stop = start;
        if (start > 0) stop = narrative.ParagraphStart(start - 1);
        while (oldest > 0 && oldest > paragraph - 1 - MaxChainedParagraphs && stop > 0 && OnlyPronoun(stop, start, gender))
        {
            start = stop;
            stop = narrative.ParagraphStart(start - 1);
            oldest--;
        }
        return Search(anchor, gender, oldest, lenient: false)
               // A name-list gender yields to a "she"/"he" in the same paragraph ("Bhatt said … 'No,' she said").
               ?? Search(anchor, gender, paragraph, lenient: true)
               // Else the most recent compatible person a little further back ("Maria Diaz opened the bakery. Her
               // husband, Juan, keeps the books. "We almost closed," she said.").
               ?? Search(anchor, gender, oldest - ExtraParagraphs, lenient: false);
    }

    private string? Search(int anchor, Gender gender, int oldest, bool lenient)
    {
        var text = narrative.Text;
        var all = narrative.Mentions.All;
        Mention? nearestAny = null;
        var m = narrative.Mentions.LastBefore(anchor);
        while (m >= 0 && text.Tokens[all[m].Token].Paragraph >= oldest)
        {
            // One sentence at a time: its earliest subject-like compatible mention wins.
            var sentence = narrative.SentenceStart(all[m].Token);
            Mention? subject = null;
            for (; m >= 0 && all[m].Token >= sentence; m--)
            {
                var mention = all[m];
                if (!mention.Speaker.IsPerson || !Compatible(mention.Speaker, gender, lenient)) continue;
                nearestAny ??= mention;
                if (narrative.IsSubjectLike(mention) && !IntroducedInPassing(mention)) subject = mention;
            }
            if (subject is { } found) return found.Speaker.Entity.Name;
        }
        return nearestAny?.Speaker.Entity.Name;
    }

    // Tokens [from, to) name no person and use the pronoun ("she", "her") at least once.
    private bool OnlyPronoun(int from, int to, Gender gender)
    {
        var text = narrative.Text;
        if (to - from > MaxChainedParagraphTokens) return false; // a passage of short paragraphs, and a bounded scan
        var m = narrative.Mentions.LastBefore(to);
        if (m >= 0 && narrative.Mentions.All[m].Token >= from)
        {
            for (; m >= 0 && narrative.Mentions.All[m].Token >= from; m--)
                if (narrative.Mentions.All[m].Speaker.IsPerson) return false;
        }
        for (var t = from; t < to; t++)
            if (text.IsWord(t) && IsPronoun(text.Word(t), gender)) return true;
        return false;
    }

    private static bool IsPronoun(ReadOnlySpan<char> w, Gender gender) => gender switch
    {
        Gender.He => w.Equals("he", StringComparison.OrdinalIgnoreCase) || w.Equals("his", StringComparison.OrdinalIgnoreCase)
                     || w.Equals("him", StringComparison.OrdinalIgnoreCase),
        Gender.She => w.Equals("she", StringComparison.OrdinalIgnoreCase) || w.Equals("her", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    // "He is survived by a son, Tobias Pennick": a relative named in a relation appositive in the middle of a
    // sentence is not what the sentence is about.
    private bool IntroducedInPassing(Mention mention)
    {
        var text = narrative.Text;
        var relation = text.IsPunctuation(mention.Token - 1, ',') ? mention.Token - 2 : mention.Token - 1;
        if (!text.IsWord(relation) || !RelationMentions.Relations.Contains(text.Word(relation))) return false;
        var phrase = narrative.IsDeterminer(relation - 1) ? relation - 1 : relation;
        return phrase > narrative.SentenceStart(phrase);
    }

    private static bool Compatible(Speaker speaker, Gender wanted, bool lenient) =>
        speaker.Gender == Gender.Unknown || speaker.Gender == wanted || (lenient && speaker.GenderFromNameOnly);
}
