using Microsoft.EntityFrameworkCore;
using NewsArchive.Data.Common;
using NewsArchive.Data.Search;

namespace NewsArchive.Data.Quotes;

/// <summary>Quotes by speaker, words inside quotes, or both; newest first without words, best match first with.</summary>
public sealed class QuotesBySpeaker(IDbContextFactory<ArchiveDbContext> contexts, SqliteFullTextSearch fullText)
{
    public async Task<Page<QuoteHit>> SearchAsync(QuoteSearchQuery query, CancellationToken cancellationToken = default)
    {
        var (pageNumber, size, skip) = Page<QuoteHit>.Normalize(query.Page, query.PageSize);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var result = await SearchAsync(db, query, skip, size, cancellationToken);
        return new Page<QuoteHit>(result.Items, result.Total, pageNumber, size);
    }

    /// <summary>Every matching quote, for exports.</summary>
    public async Task<IReadOnlyList<QuoteHit>> AllAsync(string? speakerSlug, string? text = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var result = await SearchAsync(db, new QuoteSearchQuery(speakerSlug, text), 0, int.MaxValue, cancellationToken);
        return result.Items;
    }

    private async Task<(IReadOnlyList<QuoteHit> Items, int Total)> SearchAsync(
        ArchiveDbContext db, QuoteSearchQuery query, int skip, int take, CancellationToken cancellationToken)
    {
        int? speakerId = null;
        if (!string.IsNullOrWhiteSpace(query.SpeakerSlug))
        {
            speakerId = await db.Entities.AsNoTracking().Where(e => e.Slug == query.SpeakerSlug).Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellationToken);
            if (speakerId is null) return ([], 0);
        }

        var match = SqliteFullTextSearch.ToMatchExpression(query.Text);
        if (match is not null)
        {
            var (total, ids, run) = await fullText.SearchQuotesAsync(db, match, new QuoteFilter(speakerId, query.From, query.To), skip, take, cancellationToken);
            var highlights = await fullText.QuoteHighlightsAsync(db, run, ids, cancellationToken);
            var rows = await Project(db.Quotes.AsNoTracking().Where(q => ids.Contains(q.Id))).ToDictionaryAsync(q => q.Id, cancellationToken);
            var hits = ids.Where(rows.ContainsKey)
                .Select(id => rows[id].ToHit(highlights.TryGetValue(id, out var h) ? h : Snippet.Plain(rows[id].Text)))
                .ToList();
            return (hits, total);
        }

        var quotes = db.Quotes.AsNoTracking();
        if (speakerId is { } id) quotes = quotes.Where(q => q.SpeakerId == id);
        // The quote's own copy of its article's date: with a speaker, the (SpeakerId, PublishedOn desc, ArticleId desc,
        // Start) index yields the page in order and counts the speaker's quotes without reading the table.
        if (query.From is { } from) quotes = quotes.Where(q => q.PublishedOn >= from);
        if (query.To is { } to) quotes = quotes.Where(q => q.PublishedOn <= to);
        var count = await quotes.CountAsync(cancellationToken);
        var page = await Project(quotes
                .OrderByDescending(q => q.PublishedOn).ThenByDescending(q => q.ArticleId).ThenBy(q => q.Start)
                .Skip(skip).Take(take))
            .ToListAsync(cancellationToken);
        return (page.Select(r => r.ToHit(Snippet.Plain(r.Text))).ToList(), count);
    }

    private static IQueryable<QuoteRow> Project(IQueryable<Model.Quote> quotes) => quotes.Select(q => new QuoteRow(
        q.Id, q.Text, q.Cue, q.Start, q.End,
        q.Speaker == null ? null : q.Speaker.Slug,
        q.Speaker == null ? null : q.Speaker.CanonicalName,
        q.Speaker == null ? null : q.Speaker.Kind,
        q.Article!.Slug, q.Article.Title, q.Article.PublishedOn, q.Article.PublishedPrecision, q.Article.PublishedInferred));

    private sealed record QuoteRow(
        int Id, string Text, string? Cue, int Start, int End,
        string? SpeakerSlug, string? SpeakerName, Extraction.EntityKind? SpeakerKind,
        string ArticleSlug, string ArticleTitle, DateOnly? PublishedOn, Extraction.Dates.DatePrecision? PublishedPrecision, bool PublishedInferred)
    {
        public QuoteHit ToHit(Snippet highlight) => new(
            Id, Text, highlight,
            SpeakerSlug is null ? null : new EntityRef(SpeakerSlug, SpeakerName!, SpeakerKind!.Value),
            Cue, ArticleSlug, ArticleTitle,
            PublishedDate.From(PublishedOn, PublishedPrecision, PublishedInferred),
            new Extraction.TextSpan(Start, End));
    }
}
