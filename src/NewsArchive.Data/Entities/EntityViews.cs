using NewsArchive.Data.Articles;
using NewsArchive.Data.Common;
using NewsArchive.Data.Quotes;
using NewsArchive.Data.Timeline;
using NewsArchive.Extraction;

namespace NewsArchive.Data.Entities;

/// <summary>Everything the archive knows about one entity.</summary>
public sealed record EntityProfileView(
    EntityRef Entity,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Roles,
    int ArticleCount,
    int QuoteCount,
    IReadOnlyList<QuoteHit> Quotes,
    IReadOnlyList<TimelineEvent> Events,
    IReadOnlyList<ArticleSummary> Articles,
    IReadOnlyList<CoMention> CoMentioned);

/// <summary>Another entity and how many articles mention both.</summary>
public sealed record CoMention(EntityRef Entity, int SharedArticles);

/// <summary>What the entity list asks for: a name prefix, a kind, a page.</summary>
public sealed record EntitySearchQuery(string? Text = null, EntityKind? Kind = null, int Page = 1, int PageSize = 20);

/// <summary>An entity in a list.</summary>
public sealed record EntitySummary(EntityRef Entity, string? Role, int ArticleCount, int QuoteCount);
