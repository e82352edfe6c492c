namespace NewsArchive.Extraction.Text;

/// <summary>One sentence of the body.</summary>
/// <param name="Span">Where the sentence stands in the body.</param>
/// <param name="Paragraph">Index of the paragraph it belongs to.</param>
public sealed record Sentence(TextSpan Span, int Paragraph);
