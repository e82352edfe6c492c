namespace NewsArchive.Extraction.Quotes;

/// <summary>
/// Resolves "he" or "she" in an attribution to the person the passage is about: going back sentence by sentence
/// through the quotation's paragraph and the one before, the first sentence that names a compatible person gives
/// its subject (a mention that is not possessive and not after a preposition); when no sentence names one as a
/// subject, the nearest compatible mention. Names inside quotations never count.
/// </summary>
internal sealed class PronounResolver(Narrative narrative)
{
    /// <summary>The person "he"/"she" (<paramref name="gender"/>) refers to, for the quotation at token <paramref name="anchor"/>.</summary>
    public string? Resolve(int anchor, Gender gender)
    {
        var text = narrative.Text;
        var all = narrative.Mentions.All;
        var oldest = text.Tokens[anchor].FirstParagraph - 1;
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
                if (!mention.Speaker.IsPerson || !Compatible(mention.Speaker.Gender, gender)) continue;
                nearestAny ??= mention;
                if (narrative.IsSubjectLike(mention) && !IntroducedInPassing(mention)) subject = mention;
            }
            if (subject is { } found) return found.Speaker.Entity.Name;
        }
        return nearestAny?.Speaker.Entity.Name;
    }

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

    private static bool Compatible(Gender known, Gender wanted) => known == Gender.Unknown || known == wanted;
}
