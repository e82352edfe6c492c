using NewsArchive.Data.Common;
using NewsArchive.Extraction;

namespace NewsArchive.Data.Quotes;

/// <summary>What quote search asks for: a speaker (by entity slug), words inside the quote, or both.</summary>
public sealed record QuoteSearchQuery(
    string? SpeakerSlug = null, string? Text = null, DateOnly? From = null, DateOnly? To = null, int Page = 1, int PageSize = 20);

/// <summary>A quote with who said it and where.</summary>
public sealed record QuoteHit(
    int Id, string Text, Snippet Highlight, EntityRef? Speaker, string? Cue,
    string ArticleSlug, string ArticleTitle, PublicationDate? Published, TextSpan Span);

/// <summary>A speaker offered while typing, with how many quotes they have.</summary>
public sealed record SpeakerSuggestion(string Slug, string Name, EntityKind Kind, int QuoteCount, string? Role);
