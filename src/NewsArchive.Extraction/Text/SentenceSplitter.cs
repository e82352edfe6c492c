namespace NewsArchive.Extraction.Text;

/// <summary>Splits a body into sentences with offsets.</summary>
public sealed class SentenceSplitter
{
    /// <summary>Returns the sentences of each paragraph, in order.</summary>
    public IReadOnlyList<Sentence> Split(string body, IReadOnlyList<TextSpan> paragraphs)
    {
        // Placeholder until the real splitter lands: one sentence per paragraph.
        return paragraphs.Select((p, i) => new Sentence(p, i)).ToList();
    }
}
