namespace NewsArchive.Extraction.Quotes;

/// <summary>
/// Resolves a text that speaks ("the article notes", "the report said", "the statement said") to whoever the text
/// was last said to come from: the latest earlier mention of the same noun, then the entity joined to it —
/// "an article by the Washington Post", "Acme's statement", "a White House statement" — or else the subject of
/// that sentence ("Hancock issued a statement"). Null when the text never says whose it is.
/// </summary>
internal sealed class SourceResolver(Narrative narrative, SubjectFinder subjects)
{
    public string? Resolve(ReadOnlySpan<char> noun, int anchor)
    {
        var text = narrative.Text;
        var oldest = text.Tokens[anchor].FirstParagraph - 2;
        for (var t = anchor - 1; t >= 0 && text.Tokens[t].Paragraph >= oldest; t--)
        {
            if (!text.IsWord(t) || !text.Word(t).Equals(noun, StringComparison.OrdinalIgnoreCase)) continue;
            if (OwnerOf(t) is { } owner) return owner;
            var subject = subjects.Before(narrative.SentenceStart(t), t, t);
            return subject.Speaker;
        }
        return null;
    }

    private string? OwnerOf(int noun)
    {
        var text = narrative.Text;
        var mentions = narrative.Mentions;

        // "article by the Washington Post", "a statement from the ministry", "report of the committee"
        for (var k = noun + 1; k <= noun + 2 && text.IsWord(k); k++)
        {
            var w = text.Word(k);
            if (!(w.Equals("by", StringComparison.OrdinalIgnoreCase) || w.Equals("from", StringComparison.OrdinalIgnoreCase)
                  || w.Equals("of", StringComparison.OrdinalIgnoreCase))) continue;
            var j = k + 1;
            while (narrative.IsDeterminer(j) && mentions.StartingAt(j) is null) j++;
            if (mentions.StartingAt(j) is { } owner) return owner.Speaker.Entity.Name;
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
