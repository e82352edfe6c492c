namespace NewsArchive.Extraction.Reading;

/// <summary>
/// The input cannot be read as an article. The message is written for the person who supplied
/// the file: one specific sentence, safe to show as is.
/// </summary>
public sealed class ArticleFormatException(string message) : Exception(message);
