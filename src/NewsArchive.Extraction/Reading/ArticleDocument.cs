namespace NewsArchive.Extraction.Reading;

using NewsArchive.Extraction.Dates;

/// <summary>
/// One article as read from a file, before any analysis: metadata plus one body string whose
/// paragraphs are spans into it (paragraphs are joined by "\n\n").
/// </summary>
/// <param name="Title">The headline.</param>
/// <param name="Credit">A photo/image credit or byline shown under the title, if any.</param>
/// <param name="Published">Publication date from the file's own metadata, if it has one.</param>
/// <param name="Source">The publication or site, if the metadata names it.</param>
/// <param name="Author">The author, if the metadata names one.</param>
/// <param name="Url">The canonical address, if the metadata gives one.</param>
/// <param name="Body">The article text, paragraphs separated by a blank line.</param>
/// <param name="Paragraphs">Each paragraph's span in <paramref name="Body"/>.</param>
public sealed record ArticleDocument(
    string Title,
    string? Credit,
    PartialDate? Published,
    string? Source,
    string? Author,
    string? Url,
    string Body,
    IReadOnlyList<TextSpan> Paragraphs)
{
    /// <summary>The year of the page's copyright notice, if it shows one: publication falls in it or before.</summary>
    public int? CopyrightYear { get; init; }
}
