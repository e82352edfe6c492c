using NewsArchive.Data.Common;

namespace NewsArchive.Data.Timeline;

/// <summary>Which events to show: those whose span overlaps [From, To], involving an entity (by slug) if given.</summary>
public sealed record TimelineQuery(DateOnly? From = null, DateOnly? To = null, string? EntitySlug = null, int Page = 1, int PageSize = 50);

/// <summary>One event on the timeline with the article that tells of it.</summary>
public sealed record TimelineEvent(
    int Id, PartialDateView Date, string Text, IReadOnlyList<EntityRef> Actors,
    string ArticleSlug, string ArticleTitle, Extraction.TextSpan Span);
