namespace NewsArchive.Extraction.Quotes;

/// <summary>A stretch of quoted speech found by its quotation marks, before attribution.</summary>
/// <param name="Text">The words between the marks. For a quotation that runs over several paragraphs this
/// reaches from the first quoted word to the last, so it also covers the paragraph breaks and the opening
/// marks repeated at each paragraph; <see cref="Parts"/> holds the quoted text of each paragraph.</param>
/// <param name="WithMarks">The same words with their opening and closing marks.</param>
public sealed record Quotation(TextSpan Text, TextSpan WithMarks)
{
    /// <summary>The quoted text of each paragraph the quotation runs over, in order (one part for most quotations).</summary>
    public IReadOnlyList<TextSpan> Parts { get; init; } = [Text];

    /// <summary>True when the quotation is marked with single quotes ('…' or ‘…’), UK style.</summary>
    public bool SingleMarks { get; init; }

    /// <summary>The quoted words as one string: the paragraphs' quoted texts joined by one space.</summary>
    public string TextOf(string body) => MultiParagraphJoiner.Join(body, Parts);
}
