namespace NewsArchive.Extraction.Dates;

/// <summary>One date expression found in the body.</summary>
/// <param name="Span">Where it stands in the body.</param>
/// <param name="Expression">What it says, unresolved.</param>
/// <param name="Sentence">Index of the sentence it is in.</param>
/// <param name="FirstToken">Index of its first token in the article's token list.</param>
/// <param name="LastToken">Index of its last token.</param>
internal readonly record struct DateMention(TextSpan Span, DateExpression Expression, int Sentence, int FirstToken, int LastToken);
