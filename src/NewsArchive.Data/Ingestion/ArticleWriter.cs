using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Data.Common;
using NewsArchive.Data.Model;
using NewsArchive.Data.Storage;
using NewsArchive.Extraction;

namespace NewsArchive.Data.Ingestion;

/// <summary>
/// Stores prepared articles. A batch is written in one transaction; if any article in it fails, that
/// transaction is rolled back and each article is written again in a transaction of its own, so a failure
/// loses exactly the failing article and never leaves part of one. (Per-article savepoints would do the
/// same in one pass, but every savepoint makes FTS5 flush a segment to disk, which batching exists to avoid.)
/// One writer serves any number of batches on one open connection: its prepared statements and the entities it
/// has looked up are kept from batch to batch, and forgotten whenever another connection has written in between.
/// </summary>
internal sealed class ArticleWriter : IAsyncDisposable
{
    private readonly ArchiveDbContext _db;
    private readonly EntityCatalog _catalog;
    private readonly DerivedRowInserter _rows;
    private readonly List<(EntityCatalog.Entry Entity, TextSpan Span)> _pendingMentions = [];
    private readonly List<(ExtractedQuote Quote, EntityCatalog.Entry? Speaker)> _pendingQuotes = [];
    private readonly List<(ExtractedEvent Event, IReadOnlyList<EntityCatalog.Entry> Actors)> _pendingEvents = [];

    private readonly int _walRestartFrames;
    private bool _opened;
    private int _commits;
    private WalCheckpointer? _checkpointer;

    /// <param name="db">The context whose connection the writer keeps open while it lives.</param>
    /// <param name="walRestartFrames">See <see cref="WalCheckpointer"/>; tests make it small.</param>
    public ArticleWriter(ArchiveDbContext db, int walRestartFrames = WalCheckpointer.DefaultRestartFrames)
    {
        _db = db;
        _walRestartFrames = walRestartFrames;
        _db.Database.AutoSavepointsEnabled = false;
        _catalog = new EntityCatalog(db);
        _rows = new DerivedRowInserter((SqliteConnection)db.Database.GetDbConnection());
    }

    public async ValueTask DisposeAsync()
    {
        _rows.Dispose();
        if (_checkpointer is not null) await _checkpointer.DisposeAsync();
        if (!_opened) return;
        try
        {
            await _db.Database.ExecuteSqlRawAsync(SqlitePragmas.BulkWriterUndoSql);
        }
        catch (SqliteException)
        {
            // A broken connection keeps the larger limits at worst: they cost nothing until pages are read.
        }
        await _db.Database.CloseConnectionAsync();
    }

    /// <summary>
    /// Opens the connection for the writer's lifetime (its statements are prepared on it). Done on first use,
    /// inside the callers' error handling, so an archive that cannot be opened rejects articles with the reason.
    /// </summary>
    private async Task OpenAsync(CancellationToken cancellationToken)
    {
        if (_opened) return;
        await _db.Database.OpenConnectionAsync(cancellationToken);
        _opened = true;
        await _db.Database.ExecuteSqlRawAsync(SqlitePragmas.BulkWriterSql, cancellationToken);
    }

    public async Task<IReadOnlyList<IngestionResult>> WriteAsync(IReadOnlyList<PreparedArticle> batch, CancellationToken cancellationToken)
    {
        if (batch.Count > 1)
        {
            try
            {
                return await WriteInOneTransactionAsync(batch, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Rolled back whole; find the culprit by writing one article per transaction.
                Forget();
            }
        }
        var results = new List<IngestionResult>(batch.Count);
        foreach (var article in batch)
        {
            try
            {
                results.Add((await WriteInOneTransactionAsync([article], cancellationToken))[0]);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Forget();
                results.Add(IngestionResult.Rejected(article.Source, $"'{Path.GetFileName(article.Source)}' could not be stored: {e.GetBaseException().Message}"));
            }
        }
        return results;
    }

    private async Task<IReadOnlyList<IngestionResult>> WriteInOneTransactionAsync(IReadOnlyList<PreparedArticle> batch, CancellationToken cancellationToken)
    {
        // BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default): the write lock is taken up front, so two writers
        // queue on the busy timeout instead of deadlocking on a read-to-write upgrade.
        await OpenAsync(cancellationToken);
        await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
        ForgetEntitiesIfOthersWrote();
        var known = await BatchLookup.LoadAsync(_db, batch, cancellationToken);
        var results = new List<IngestionResult>(batch.Count);
        foreach (var article in batch)
        {
            // Most articles in a bulk load are new: stored without asking the database again, except for a free
            // slug when their title is taken (one in seven of the generated corpus at 100,000 articles).
            IngestionResult result;
            if (known.IsSurelyNew(article))
            {
                var slug = SlugText.From(article.Extraction.Document.Title, "article");
                if (!known.IsFree(slug)) slug = await UniqueSlugAsync(slug, cancellationToken);
                result = await WriteNewAsync(article, slug, cancellationToken);
            }
            else
            {
                result = await WriteOneAsync(article, cancellationToken);
            }
            known.Add(article, result.Slug);
            results.Add(result);
            _db.ChangeTracker.Clear();
        }
        _rows.FlushCounts();
        await transaction.CommitAsync(cancellationToken);
        // Not cancellable: the batch is stored, and its results must reach the caller.
        await AfterCommitAsync();
        return results;
    }

    /// <summary>
    /// From its second commit on, the writer is a bulk load and checkpoints on another thread (<see cref="WalCheckpointer"/>);
    /// a writer that stores one upload leaves checkpoints to SQLite as before.
    /// </summary>
    private async Task AfterCommitAsync()
    {
        if (++_commits < 2) return;
        if (_checkpointer is null)
        {
            await _db.Database.ExecuteSqlRawAsync(SqlitePragmas.NoAutomaticCheckpointSql);
            _checkpointer = new WalCheckpointer(_db.Database.GetConnectionString()!, _walRestartFrames);
        }
        await _checkpointer.AfterCommitAsync();
    }

    /// <summary>The background checkpoint in progress, if any (tests wait for it).</summary>
    internal Task CheckpointRunning => _checkpointer?.Running ?? Task.CompletedTask;

    /// <summary>What the catalog holds is only known to be current while no one else writes.</summary>
    private void ForgetEntitiesIfOthersWrote()
    {
        if (_rows.OthersCommittedSinceLastAsked()) _catalog.Reset();
    }

    /// <summary>After a rollback: nothing loaded or staged for the lost transaction may be trusted.</summary>
    private void Forget()
    {
        _catalog.Reset();
        _rows.DiscardCounts();
        _db.ChangeTracker.Clear();
    }

    /// <summary>Re-runs derived data for already archived articles (after an extractor upgrade).</summary>
    public async Task<int> RefreshAsync(IReadOnlyList<(int ArticleId, ArticleExtraction Extraction)> batch, CancellationToken cancellationToken)
    {
        await OpenAsync(cancellationToken);
        await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
        ForgetEntitiesIfOthersWrote();
        var refreshed = 0;
        foreach (var (id, extraction) in batch)
        {
            var article = await _db.Articles.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (article is null) continue;
            SetPublished(article, extraction);
            article.ExtractorVersion = ArticleExtraction.ExtractorVersion;
            article.UpdatedAt = DateTime.UtcNow;
            await ReplaceDerivedAsync(article, extraction, cancellationToken);
            _db.ChangeTracker.Clear();
            refreshed++;
        }
        _rows.FlushCounts();
        await transaction.CommitAsync(cancellationToken);
        return refreshed;
    }

    private async Task<IngestionResult> WriteOneAsync(PreparedArticle prepared, CancellationToken cancellationToken)
    {
        var document = prepared.Extraction.Document;
        var same = await _db.Articles
            .Where(a => a.ContentHash == prepared.ContentHash)
            .Select(a => new { a.Id, a.Slug, a.Title, a.ExtractorVersion })
            .FirstOrDefaultAsync(cancellationToken);
        if (same is not null)
        {
            if (same.ExtractorVersion >= ArticleExtraction.ExtractorVersion)
                return new IngestionResult(prepared.Source, IngestionOutcome.Unchanged, same.Slug, same.Title);
            var stale = await _db.Articles.FirstAsync(a => a.Id == same.Id, cancellationToken);
            Apply(stale, prepared);
            await ReplaceDerivedAsync(stale, prepared.Extraction, cancellationToken);
            return new IngestionResult(prepared.Source, IngestionOutcome.Updated, stale.Slug, stale.Title);
        }

        Article? target = null;
        if (prepared.SourcePath is not null)
            target = await _db.Articles.FirstOrDefaultAsync(a => a.SourcePath == prepared.SourcePath, cancellationToken);
        if (target is null && !string.IsNullOrWhiteSpace(document.Url))
            target = await _db.Articles.FirstOrDefaultAsync(a => a.Url == document.Url, cancellationToken);
        if (target is not null)
        {
            // The slug stays as it was, even for a new title: links to the article keep working.
            Apply(target, prepared);
            await ReplaceDerivedAsync(target, prepared.Extraction, cancellationToken);
            return new IngestionResult(prepared.Source, IngestionOutcome.Updated, target.Slug, target.Title);
        }

        var article = new Article
        {
            Slug = await UniqueSlugAsync(SlugText.From(document.Title, "article"), cancellationToken),
            Title = document.Title,
            Body = document.Body,
            ContentHash = prepared.ContentHash,
            IngestedAt = DateTime.UtcNow,
        };
        Apply(article, prepared);
        _db.Articles.Add(article);
        await AddDerivedAsync(article, prepared.Extraction, cancellationToken);
        await SaveAsync(article, cancellationToken);
        return new IngestionResult(prepared.Source, IngestionOutcome.Archived, article.Slug, article.Title);
    }

    /// <summary>
    /// A new article whose hash, source path and url <see cref="BatchLookup"/> has shown to be unused, with a free slug:
    /// its row goes in through a prepared INSERT, and EF saves only what the entity catalog staged, if anything.
    /// </summary>
    private async Task<IngestionResult> WriteNewAsync(PreparedArticle prepared, string slug, CancellationToken cancellationToken)
    {
        var document = prepared.Extraction.Document;
        var now = DateTime.UtcNow;
        var article = new Article { Slug = slug, Title = document.Title, Body = document.Body, ContentHash = prepared.ContentHash, IngestedAt = now };
        Apply(article, prepared);
        article.UpdatedAt = now;
        article.Id = _rows.InsertArticle(article);
        await AddDerivedAsync(article, prepared.Extraction, cancellationToken);
        await SaveAsync(article, cancellationToken);
        return new IngestionResult(prepared.Source, IngestionOutcome.Archived, article.Slug, article.Title);
    }

    private static void Apply(Article article, PreparedArticle prepared)
    {
        var document = prepared.Extraction.Document;
        article.Title = document.Title;
        article.Credit = document.Credit;
        article.Source = document.Source;
        article.Author = document.Author;
        article.Url = string.IsNullOrWhiteSpace(document.Url) ? null : document.Url;
        article.SourcePath = prepared.SourcePath ?? article.SourcePath;
        article.Body = document.Body;
        article.ContentHash = prepared.ContentHash;
        article.ExtractorVersion = ArticleExtraction.ExtractorVersion;
        article.UpdatedAt = DateTime.UtcNow;
        SetPublished(article, prepared.Extraction);
    }

    private static void SetPublished(Article article, ArticleExtraction extraction)
    {
        article.PublishedOn = extraction.Published?.Date.Start;
        article.PublishedPrecision = extraction.Published?.Date.Precision;
        article.PublishedInferred = extraction.Published?.Inferred ?? false;
    }

    /// <summary>Drops the article's mentions, quotes and events, stores the new ones, and removes entities left with nothing.</summary>
    private async Task ReplaceDerivedAsync(Article article, ArticleExtraction extraction, CancellationToken cancellationToken)
    {
        var id = article.Id;
        var previous = await _db.Mentions.Where(m => m.ArticleId == id).Select(m => m.EntityId)
            .Union(_db.Quotes.Where(q => q.ArticleId == id && q.SpeakerId != null).Select(q => q.SpeakerId!.Value))
            .ToListAsync(cancellationToken);
        // Take the old rows out of the entities' counts before they go (DerivedRowInserter adds the new ones).
        await _db.Entities.Where(e => _db.Mentions.Any(m => m.ArticleId == id && m.EntityId == e.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ArticleCount, e => e.ArticleCount - 1), cancellationToken);
        await _db.Entities.Where(e => _db.Quotes.Any(q => q.ArticleId == id && q.SpeakerId == e.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.QuoteCount, e => e.QuoteCount - _db.Quotes.Count(q => q.ArticleId == id && q.SpeakerId == e.Id)), cancellationToken);
        await _db.Mentions.Where(m => m.ArticleId == id).ExecuteDeleteAsync(cancellationToken);
        await _db.Quotes.Where(q => q.ArticleId == id).ExecuteDeleteAsync(cancellationToken);
        await _db.Events.Where(e => e.ArticleId == id).ExecuteDeleteAsync(cancellationToken);
        await AddDerivedAsync(article, extraction, cancellationToken);
        await SaveAsync(article, cancellationToken);
        if (previous.Count > 0)
        {
            var removed = await _db.Entities
                .Where(e => previous.Contains(e.Id)
                            && !_db.Mentions.Any(m => m.EntityId == e.Id)
                            && !_db.Quotes.Any(q => q.SpeakerId == e.Id)
                            && !_db.EventActors.Any(a => a.EntityId == e.Id))
                .ExecuteDeleteAsync(cancellationToken);
            if (removed > 0) _catalog.Reset();
        }
    }

    /// <summary>After SaveChanges every entity has its id, so the staged mentions, quotes and events can be written.</summary>
    private async Task SaveAsync(Article article, CancellationToken cancellationToken)
    {
        if (_db.ChangeTracker.HasChanges()) await _db.SaveChangesAsync(cancellationToken);
        _catalog.Saved();
        var rows = new DerivedRowInserter.Rows(
            _pendingMentions.Select(m => (m.Entity.Id, m.Span)).ToList(),
            _pendingQuotes.Select(q => (q.Quote, q.Speaker?.Id)).ToList(),
            _pendingEvents.Select(e => (e.Event, (IReadOnlyList<int>)e.Actors.Select(a => a.Id).ToList())).ToList());
        ClearPending();
        _rows.Insert(article.Id, article.PublishedOn, rows);
    }

    private void ClearPending()
    {
        _pendingMentions.Clear();
        _pendingQuotes.Clear();
        _pendingEvents.Clear();
    }

    private async Task AddDerivedAsync(Article article, ArticleExtraction extraction, CancellationToken cancellationToken)
    {
        ClearPending();
        // The archive keeps what the body mentions: an entity known only from metadata (the publication named in
        // front matter) would be an entity no article mentions. A speaker is kept, so its quotes stay attributed.
        var speakers = extraction.Quotes.Select(q => q.Speaker).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var extractedEntities = extraction.People.Concat(extraction.Organizations).Concat(extraction.Places)
            .Where(e => !string.IsNullOrWhiteSpace(e.Name) && (e.Mentions.Count > 0 || speakers.Contains(e.Name)))
            .ToList();
        await _catalog.LoadForAsync(extractedEntities, cancellationToken);
        var byName = new Dictionary<string, EntityCatalog.Entry>(StringComparer.Ordinal);
        var byAlias = new Dictionary<string, EntityCatalog.Entry>(StringComparer.Ordinal);
        foreach (var extracted in extractedEntities)
        {
            var entry = await _catalog.ResolveAsync(extracted, cancellationToken);
            byName.TryAdd(extracted.Name, entry);
            foreach (var alias in extracted.Aliases) byAlias.TryAdd(alias, entry);
            foreach (var span in extracted.Mentions.Distinct())
                if (Fits(span, article.Body)) _pendingMentions.Add((entry, span));
        }

        EntityCatalog.Entry? Lookup(string? name) =>
            name is null ? null : byName.GetValueOrDefault(name) ?? byAlias.GetValueOrDefault(name);

        foreach (var quote in extraction.Quotes.Where(q => Fits(q.Span, article.Body)))
            _pendingQuotes.Add((quote, Lookup(quote.Speaker)));

        foreach (var happening in extraction.Events.Where(e => Fits(e.Span, article.Body)))
            _pendingEvents.Add((happening, happening.Actors.Select(Lookup).OfType<EntityCatalog.Entry>().Distinct().ToList()));
    }

    /// <summary>Offsets that do not point into the body would make a page highlight garbage; they are dropped.</summary>
    private static bool Fits(TextSpan span, string body) => span.Start >= 0 && span.End >= span.Start && span.End <= body.Length;

    private async Task<string> UniqueSlugAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await _db.Articles.AnyAsync(a => a.Slug == slug, cancellationToken)) return slug;
        var taken = await _db.Articles.Select(a => a.Slug).ClashingWith(slug).ToListAsync(cancellationToken);
        return SlugText.FirstFree(slug, taken.ToHashSet());
    }
}
