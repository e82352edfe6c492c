using NewsArchive.Data.Articles;
using NewsArchive.Data.Common;
using NewsArchive.Data.Entities;
using NewsArchive.Data.Quotes;
using NewsArchive.Data.Timeline;
using NewsArchive.Extraction;
using NewsArchive.Extraction.Dates;

namespace NewsArchive.Web.Features.Api;

// The API's own shapes: camelCase JSON, dates as reduced-precision ISO strings with their precision
// (as in the extract contract), highlights as offsets into plain text, never markup.

/// <summary>One page of results. When <c>TotalIsCapped</c> is true there are at least <c>Total</c> matches (a
/// search stops counting at a bound) and pages run newest first rather than by relevance.</summary>
public sealed record PageDto<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize, int TotalPages, bool TotalIsCapped);

public sealed record DateDto(string Date, string Precision)
{
    public static DateDto From(PartialDate date) => new(date.ToIso(), date.Precision.ToString().ToLowerInvariant());
}

public sealed record PublishedDto(string Date, string Precision, bool Inferred)
{
    public static PublishedDto? From(PublicationDate? published) => published is null
        ? null
        : new(published.Date.ToIso(), published.Date.Precision.ToString().ToLowerInvariant(), published.Inferred);
}

public sealed record RangeDto(int Start, int End);

/// <summary>Plain text plus the ranges a search matched in it.</summary>
public sealed record HighlightedDto(string Text, IReadOnlyList<RangeDto> Highlights)
{
    public static HighlightedDto From(Snippet snippet)
    {
        var ranges = new List<RangeDto>();
        var position = 0;
        foreach (var part in snippet.Parts)
        {
            if (part.Highlighted) ranges.Add(new RangeDto(position, position + part.Text.Length));
            position += part.Text.Length;
        }
        return new HighlightedDto(snippet.Text, ranges);
    }
}

public sealed record EntityRefDto(string Slug, string Name, string Kind, string Url)
{
    public static EntityRefDto From(EntityRef entity) =>
        new(entity.Slug, entity.Name, KindName(entity.Kind), $"/api/entities/{Uri.EscapeDataString(entity.Slug)}");

    public static string KindName(EntityKind kind) => kind.ToString().ToLowerInvariant();
}

public sealed record ArticleHitDto(string Slug, string Title, PublishedDto? Published, HighlightedDto Snippet, string Url)
{
    public static ArticleHitDto From(ArticleHit hit) =>
        new(hit.Slug, hit.Title, PublishedDto.From(hit.Published), HighlightedDto.From(hit.Snippet), $"/api/articles/{Uri.EscapeDataString(hit.Slug)}");
}

public sealed record ArticleEntityDto(EntityRefDto Entity, IReadOnlyList<string> Roles, IReadOnlyList<RangeDto> Mentions);

public sealed record ArticleQuoteDto(int Number, string Anchor, string Text, EntityRefDto? Speaker, string? Cue, int Start, int End);

public sealed record ArticleEventDto(int Number, string Anchor, DateDto Date, string Text, IReadOnlyList<EntityRefDto> Actors, int Start, int End);

public sealed record ArticleDto(
    string Slug, string Title, string? Credit, string? Source, string? Author, string? Url, PublishedDto? Published,
    string Body, IReadOnlyList<RangeDto> Paragraphs, IReadOnlyList<ArticleEntityDto> Entities,
    IReadOnlyList<ArticleQuoteDto> Quotes, IReadOnlyList<ArticleEventDto> Events, string Page)
{
    public static ArticleDto From(ArticleView a) => new(
        a.Slug, a.Title, a.Credit, a.Source, a.Author, a.Url, PublishedDto.From(a.Published), a.Body,
        a.Paragraphs.Select(p => new RangeDto(p.Start, p.End)).ToList(),
        a.Entities.Select(e => new ArticleEntityDto(EntityRefDto.From(e.Entity), e.Roles, e.Mentions.Select(m => new RangeDto(m.Start, m.End)).ToList())).ToList(),
        a.Quotes.Select((q, i) => new ArticleQuoteDto(i + 1, $"quote-{i + 1}", q.Text, q.Speaker is null ? null : EntityRefDto.From(q.Speaker), q.Cue, q.Span.Start, q.Span.End)).ToList(),
        a.Events.Select((e, i) => new ArticleEventDto(i + 1, $"event-{i + 1}", DateDto.From(e.Date.Date), e.Text, e.Actors.Select(EntityRefDto.From).ToList(), e.Span.Start, e.Span.End)).ToList(),
        $"/articles/{Uri.EscapeDataString(a.Slug)}");
}

public sealed record QuoteDto(
    int Id, string Text, HighlightedDto Highlight, EntityRefDto? Speaker, string? Cue,
    string ArticleSlug, string ArticleTitle, PublishedDto? Published, int Start, int End)
{
    public static QuoteDto From(QuoteHit q) => new(
        q.Id, q.Text, HighlightedDto.From(q.Highlight), q.Speaker is null ? null : EntityRefDto.From(q.Speaker), q.Cue,
        q.ArticleSlug, q.ArticleTitle, PublishedDto.From(q.Published), q.Span.Start, q.Span.End);
}

public sealed record TimelineEventDto(
    int Id, DateDto Date, string Text, IReadOnlyList<EntityRefDto> Actors, string ArticleSlug, string ArticleTitle, int Start, int End)
{
    public static TimelineEventDto From(TimelineEvent e) => new(
        e.Id, DateDto.From(e.Date.Date), e.Text, e.Actors.Select(EntityRefDto.From).ToList(), e.ArticleSlug, e.ArticleTitle, e.Span.Start, e.Span.End);
}

public sealed record EntitySummaryDto(EntityRefDto Entity, string? Role, int ArticleCount, int QuoteCount)
{
    public static EntitySummaryDto From(EntitySummary s) => new(EntityRefDto.From(s.Entity), s.Role, s.ArticleCount, s.QuoteCount);
}

public sealed record ArticleSummaryDto(string Slug, string Title, PublishedDto? Published, string FirstLine)
{
    public static ArticleSummaryDto From(ArticleSummary a) => new(a.Slug, a.Title, PublishedDto.From(a.Published), a.FirstLine);
}

public sealed record CoMentionDto(EntityRefDto Entity, int SharedArticles);

public sealed record EntityProfileDto(
    EntityRefDto Entity, IReadOnlyList<string> Aliases, IReadOnlyList<string> Roles, int ArticleCount, int QuoteCount,
    IReadOnlyList<QuoteDto> Quotes, IReadOnlyList<TimelineEventDto> Events, IReadOnlyList<ArticleSummaryDto> Articles,
    IReadOnlyList<CoMentionDto> CoMentioned)
{
    public static EntityProfileDto From(EntityProfileView p) => new(
        EntityRefDto.From(p.Entity), p.Aliases, p.Roles, p.ArticleCount, p.QuoteCount,
        p.Quotes.Select(QuoteDto.From).ToList(), p.Events.Select(TimelineEventDto.From).ToList(),
        p.Articles.Select(ArticleSummaryDto.From).ToList(),
        p.CoMentioned.Select(c => new CoMentionDto(EntityRefDto.From(c.Entity), c.SharedArticles)).ToList());
}

public static class PageDto
{
    public static PageDto<TOut> From<TIn, TOut>(Page<TIn> page, Func<TIn, TOut> map) =>
        new(page.Items.Select(map).ToList(), page.Total, page.PageNumber, page.PageSize, page.TotalPages, page.TotalIsCapped);
}
