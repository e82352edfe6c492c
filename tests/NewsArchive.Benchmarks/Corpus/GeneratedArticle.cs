namespace NewsArchive.Benchmarks.Corpus;

/// <summary>One generated article file: its name (the extension picks the format) and its content.</summary>
public sealed record GeneratedArticle(string FileName, string Content, int Words);
