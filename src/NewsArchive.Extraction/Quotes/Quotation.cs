namespace NewsArchive.Extraction.Quotes;

/// <summary>A stretch of quoted speech found by its quotation marks, before attribution.</summary>
/// <param name="Text">The words between the marks.</param>
/// <param name="WithMarks">The same words with their opening and closing marks.</param>
public sealed record Quotation(TextSpan Text, TextSpan WithMarks);
