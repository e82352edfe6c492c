using NewsArchive.Data.Common;
using NewsArchive.Extraction;

namespace NewsArchive.Data.Articles;

/// <summary>What article search asks for. Text may be anything a user typed; blank lists the latest articles.</summary>
public sealed record ArticleSearchQuery(
    string? Text = null, DateOnly? From = null, DateOnly? To = null, string? EntitySlug = null, int Page = 1, int PageSize = 20);

/// <summary>One search result: title with matched words highlighted and a snippet of the body.</summary>
public sealed record ArticleHit(string Slug, string Title, Snippet TitleHighlight, PublicationDate? Published, Snippet Snippet);

/// <summary>An article in a list: title, date and its first line.</summary>
public sealed record ArticleSummary(string Slug, string Title, PublicationDate? Published, string FirstLine);

/// <summary>An article to read, with everything extraction found in it.</summary>
public sealed record ArticleView(
    string Slug,
    string Title,
    string? Credit,
    string? Source,
    string? Author,
    string? Url,
    PublicationDate? Published,
    string Body,
    IReadOnlyList<TextSpan> Paragraphs,
    IReadOnlyList<ArticleEntity> Entities,
    IReadOnlyList<ArticleQuote> Quotes,
    IReadOnlyList<ArticleEvent> Events,
    DateTime IngestedAt);

/// <summary>An entity as it appears in one article, with where it is mentioned.</summary>
public sealed record ArticleEntity(EntityRef Entity, IReadOnlyList<string> Roles, IReadOnlyList<TextSpan> Mentions);

/// <summary>A quote in an article; <see cref="Span"/> points into the body.</summary>
public sealed record ArticleQuote(string Text, EntityRef? Speaker, string? Cue, TextSpan Span);

/// <summary>A dated event in an article; <see cref="Span"/> points into the body.</summary>
public sealed record ArticleEvent(PartialDateView Date, string Text, IReadOnlyList<EntityRef> Actors, TextSpan Span);
