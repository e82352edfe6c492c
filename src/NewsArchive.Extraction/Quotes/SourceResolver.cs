namespace NewsArchive.Extraction.Quotes;

/// <summary>
/// Resolves a text that speaks ("the article notes", "the report said", "the statement said") to whoever the text
/// was said to come from: its own owner ("according to a statement from the company", "an audit by the City
/// Auditor's Office warned"), else the latest earlier mention of the same noun and the entity joined to it —
/// "an article by the Washington Post", "Acme's statement", "a White House statement" — or else the subject of
/// that sentence ("Hancock issued a statement", "Osei, in a statement, called …"). Null when the text never says
/// whose it is.
/// </summary>
internal sealed class SourceResolver(Narrative narrative, SubjectFinder subjects)
{
    /// <summary>The entity the text at token <paramref name="nounToken"/> (a phrase starting at <paramref name="anchor"/>) comes from.</summary>
    public string? Resolve(int nounToken, int anchor)
    {
        var text = narrative.Text;
        if (OwnerOf(nounToken, anchor) is { } own) return own;
        var noun = text.Word(nounToken);
        var oldest = text.Tokens[anchor].FirstParagraph - 2;
        for (var t = anchor - 1; t >= 0 && text.Tokens[t].Paragraph >= oldest; t--)
        {
            if (!text.IsWord(t) || !text.Word(t).Equals(noun, StringComparison.OrdinalIgnoreCase)) continue;
            if (OwnerOf(t, anchor) is { } owner) return owner;
            var sentence = narrative.SentenceStart(t);
            // "in a statement", "in an email": the text belongs to whoever the sentence is about.
            if (narrative.FollowsPreposition(t, sentence)) return subjects.FirstSubject(sentence, narrative.SentenceEnd(t), t);
            return subjects.Before(sentence, t, t).Speaker;
        }
        return null;
    }

    private string? OwnerOf(int noun, int anchor)
    {
        var text = narrative.Text;
        var mentions = narrative.Mentions;

        // "article by the Washington Post", "a statement from the company", "report of the committee"
        for (var k = noun + 1; k <= noun + 2 && text.IsWord(k); k++)
        {
            var w = text.Word(k);
            if (!(w.Equals("by", StringComparison.OrdinalIgnoreCase) || w.Equals("from", StringComparison.OrdinalIgnoreCase)
                  || w.Equals("of", StringComparison.OrdinalIgnoreCase))) continue;
            var j = k + 1;
            while (narrative.IsDeterminer(j) && mentions.StartingAt(j) is null) j++;
            if (mentions.StartingAt(j) is { } owner) return owner.Speaker.Entity.Name;
            if (subjects.NamedBy(k + 1, anchor) is { } named) return named;
        }

        // "a Washington Post article", "Acme's new statement"
        if (mentions.EndingAt(noun - 1) is { } modifier) return modifier.Speaker.Entity.Name;
        for (var k = noun - 2; k >= noun - 3 && k >= 0 && text.IsWord(k); k--)
        {
            if (mentions.EndingAt(k) is { Possessive: true } owner) return owner.Speaker.Entity.Name;
        }
        return null;
    }
}
