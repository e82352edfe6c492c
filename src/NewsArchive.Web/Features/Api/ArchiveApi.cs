using NewsArchive.Data.Articles;
using NewsArchive.Data.Entities;
using NewsArchive.Data.Quotes;
using NewsArchive.Data.Timeline;

namespace NewsArchive.Web.Features.Api;

/// <summary>The read-only JSON API under /api, described at /openapi/v1.json.</summary>
public static class ArchiveApi
{
    public static IEndpointRouteBuilder MapArchiveApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithTags("Archive");

        api.MapGet("/articles", SearchArticlesAsync)
            .WithName("SearchArticles")
            .WithSummary("Full-text article search, best match first; without q, the newest articles.")
            .Produces<PageDto<ArticleHitDto>>().ProducesValidationProblem();

        api.MapGet("/articles/{slug}", GetArticleAsync)
            .WithName("GetArticle")
            .WithSummary("One article with its entities, quotes and events (offsets into body).")
            .Produces<ArticleDto>().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/quotes", SearchQuotesAsync)
            .WithName("SearchQuotes")
            .WithSummary("Quotes by speaker (name or slug) and/or words inside the quote.")
            .Produces<PageDto<QuoteDto>>().ProducesValidationProblem();

        api.MapGet("/timeline", TimelineAsync)
            .WithName("Timeline")
            .WithSummary("Events in date order, overlapping [from, to], involving an entity if given.")
            .Produces<PageDto<TimelineEventDto>>().ProducesValidationProblem();

        api.MapGet("/entities", SearchEntitiesAsync)
            .WithName("SearchEntities")
            .WithSummary("People, organizations and places whose name or alias starts with q.")
            .Produces<PageDto<EntitySummaryDto>>().ProducesValidationProblem();

        api.MapGet("/entities/{slug}", GetEntityAsync)
            .WithName("GetEntity")
            .WithSummary("Everything known about one entity: roles, quotes, events, articles, co-mentions.")
            .Produces<EntityProfileDto>().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapFallback(() => NotFound("There is no such API endpoint.")).ExcludeFromDescription();

        return endpoints;
    }

    private static async Task<IResult> SearchArticlesAsync(
        ArticleSearch search, string? q, string? page, string? pageSize, CancellationToken cancellationToken)
    {
        var parameters = new ApiParameters();
        var (number, size) = parameters.Paging(page, pageSize);
        if (!parameters.IsValid) return parameters.Problem();
        var result = await search.SearchAsync(new ArticleSearchQuery(q, Page: number, PageSize: size), cancellationToken);
        return ETaggedJson.Of(PageDto.From(result, ArticleHitDto.From));
    }

    private static async Task<IResult> GetArticleAsync(ArticleBySlug articles, string slug, CancellationToken cancellationToken)
    {
        var article = await articles.FindAsync(slug, cancellationToken);
        return article is null
            ? NotFound($"No article has the slug '{slug}'.")
            : ETaggedJson.Of(ArticleDto.From(article));
    }

    private static async Task<IResult> SearchQuotesAsync(
        QuotesBySpeaker quotes, EntityDirectory directory, string? speaker, string? q, string? page, string? pageSize,
        CancellationToken cancellationToken)
    {
        var parameters = new ApiParameters();
        var (number, size) = parameters.Paging(page, pageSize);
        if (!parameters.IsValid) return parameters.Problem();
        string? speakerSlug = null;
        if (!string.IsNullOrWhiteSpace(speaker))
        {
            var entity = await directory.FindAsync(speaker.Trim(), cancellationToken);
            if (entity is null) return ETaggedJson.Of(new PageDto<QuoteDto>([], 0, number, size, 0, TotalIsCapped: false));
            speakerSlug = entity.Slug;
        }
        var result = await quotes.SearchAsync(new QuoteSearchQuery(speakerSlug, q, Page: number, PageSize: size), cancellationToken);
        return ETaggedJson.Of(PageDto.From(result, QuoteDto.From));
    }

    private static async Task<IResult> TimelineAsync(
        EventTimeline timeline, EntityDirectory directory, string? from, string? to, string? entity, string? page, string? pageSize,
        CancellationToken cancellationToken)
    {
        var parameters = new ApiParameters();
        var (number, size) = parameters.Paging(page, pageSize, defaultPageSize: 50);
        var fromDate = parameters.Date("from", from);
        var toDate = parameters.Date("to", to);
        parameters.Range(fromDate, toDate);
        if (!parameters.IsValid) return parameters.Problem();
        string? entitySlug = null;
        if (!string.IsNullOrWhiteSpace(entity))
        {
            var found = await directory.FindAsync(entity.Trim(), cancellationToken);
            if (found is null) return ETaggedJson.Of(new PageDto<TimelineEventDto>([], 0, number, size, 0, TotalIsCapped: false));
            entitySlug = found.Slug;
        }
        var result = await timeline.ListAsync(new TimelineQuery(fromDate?.Start, toDate?.End, entitySlug, number, size), cancellationToken);
        return ETaggedJson.Of(PageDto.From(result, TimelineEventDto.From));
    }

    private static async Task<IResult> SearchEntitiesAsync(
        EntityDirectory directory, string? q, string? kind, string? page, string? pageSize, CancellationToken cancellationToken)
    {
        var parameters = new ApiParameters();
        var (number, size) = parameters.Paging(page, pageSize);
        var entityKind = parameters.Kind("kind", kind);
        if (!parameters.IsValid) return parameters.Problem();
        var result = await directory.SearchAsync(new EntitySearchQuery(q, entityKind, number, size), cancellationToken);
        return ETaggedJson.Of(PageDto.From(result, EntitySummaryDto.From));
    }

    private static async Task<IResult> GetEntityAsync(EntityProfile profiles, string slug, CancellationToken cancellationToken)
    {
        var profile = await profiles.FindAsync(slug, cancellationToken: cancellationToken);
        return profile is null
            ? NotFound($"No person, organization or place has the slug '{slug}'.")
            : ETaggedJson.Of(EntityProfileDto.From(profile));
    }

    private static IResult NotFound(string detail) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
