using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Data.Common;
using NewsArchive.Extraction;
using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Reading;

namespace NewsArchive.Data.Ingestion;

/// <summary>
/// Gets articles into the archive: files, folders and uploads. Extraction runs in parallel on every core;
/// one writer stores batches, each article atomically. Every input gets exactly one <see cref="IngestionResult"/>.
/// </summary>
public sealed class IngestionService(IDbContextFactory<ArchiveDbContext> contexts, ArticleExtractor extractor, ArchiveOptions options)
{
    private readonly ArticlePreparer _preparer = new(extractor, options);

    public async Task<IngestionResult> IngestFileAsync(string path, CancellationToken cancellationToken = default)
        => (await IngestFilesAsync([path], null, cancellationToken))[0];

    /// <summary>
    /// Stores an uploaded article; <paramref name="fileName"/> picks the format. Uploads never update by path.
    /// The stream is read asynchronously (browser upload streams refuse synchronous reads), up to the size limit.
    /// </summary>
    public async Task<IngestionResult> IngestStreamAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        var buffered = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffered.Write(chunk, 0, read);
            if (buffered.Length > options.MaxFileBytes) return _preparer.TooLarge(fileName, buffered.Length);
        }
        buffered.Position = 0;
        var preparation = await Task.Run(() => _preparer.Prepare(buffered, Path.GetFileName(fileName), sourcePath: null, fileName), cancellationToken);
        if (preparation.Rejection is { } rejected) return rejected;
        return (await WriteAsync([preparation.Article!], cancellationToken))[0];
    }

    /// <summary>Every .txt, .md and .html file under <paramref name="folder"/>, subfolders included.</summary>
    public Task<IReadOnlyList<IngestionResult>> IngestFolderAsync(
        string folder, IProgress<IngestionResult>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(folder))
            return Task.FromResult<IReadOnlyList<IngestionResult>>([IngestionResult.Rejected(folder, $"The folder '{folder}' does not exist.")]);
        return IngestFilesAsync(FindArticleFiles(folder), progress, cancellationToken);
    }

    /// <summary>Article files under a folder, in name order.</summary>
    public static IReadOnlyList<string> FindArticleFiles(string folder)
        => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(IsArticleFile)
            .Order(StringComparer.Ordinal)
            .ToList();

    public static bool IsArticleFile(string path)
        => ArticleReader.SupportedExtensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    /// <summary>Extracts in parallel and writes in batches; reports each result as soon as it is known.</summary>
    public async Task<IReadOnlyList<IngestionResult>> IngestFilesAsync(
        IEnumerable<string> paths, IProgress<IngestionResult>? progress = null, CancellationToken cancellationToken = default)
    {
        var batchSize = Math.Max(1, options.BatchSize);
        var channel = Channel.CreateBounded<Preparation>(new BoundedChannelOptions(batchSize * 2) { SingleReader = true });
        var producer = Task.Run(async () =>
        {
            Exception? failure = null;
            try
            {
                var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
                await Parallel.ForEachAsync(paths, parallel, async (path, ct) => await channel.Writer.WriteAsync(_preparer.PrepareFile(path), ct));
            }
            catch (Exception e)
            {
                failure = e;
            }
            finally
            {
                channel.Writer.Complete(failure);
            }
        }, cancellationToken);

        var results = new List<IngestionResult>();
        var pending = new List<PreparedArticle>(batchSize);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        await using (var writer = new ArticleWriter(db))
        {
            while (await channel.Reader.WaitToReadAsync(cancellationToken))
            {
                while (pending.Count < batchSize && channel.Reader.TryRead(out var preparation))
                {
                    if (preparation.Rejection is { } rejected) Report(rejected);
                    else pending.Add(preparation.Article!);
                }
                if (pending.Count == 0) continue;
                foreach (var result in await WriteBatchAsync(writer, pending, cancellationToken)) Report(result);
                pending.Clear();
            }
        }
        await producer;
        return results;

        void Report(IngestionResult result)
        {
            results.Add(result);
            progress?.Report(result);
        }
    }

    /// <summary>
    /// Re-extracts stored articles made by an older extractor (or all of them) from their stored text,
    /// replacing entities, quotes and events; articles themselves are never removed.
    /// </summary>
    public async Task<int> ReextractAsync(bool all = false, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var batchSize = Math.Max(1, options.BatchSize);
        var current = ArticleExtraction.ExtractorVersion;
        var lastId = 0;
        var done = 0;
        while (true)
        {
            List<StoredArticle> batch;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                batch = await db.Articles.AsNoTracking()
                    .Where(a => a.Id > lastId && (all || a.ExtractorVersion < current))
                    .OrderBy(a => a.Id)
                    .Take(batchSize)
                    .Select(a => new StoredArticle(a.Id, a.Title, a.Credit, a.Source, a.Author, a.Url, a.Body, a.PublishedOn, a.PublishedPrecision, a.PublishedInferred))
                    .ToListAsync(cancellationToken);
            }
            if (batch.Count == 0) return done;
            lastId = batch[^1].Id;
            var extracted = batch.AsParallel().AsOrdered().WithCancellation(cancellationToken)
                .Select(a => (a.Id, extractor.Extract(a.ToDocument())))
                .ToList();
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                await using var writer = new ArticleWriter(db);
                done += await writer.RefreshAsync(extracted, cancellationToken);
            }
            progress?.Report(done);
        }
    }

    /// <summary>How many stored articles were extracted by an older extractor than this one (see <see cref="ReextractAsync"/>).</summary>
    public async Task<int> CountStaleAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Articles.CountAsync(a => a.ExtractorVersion < ArticleExtraction.ExtractorVersion, cancellationToken);
    }

    /// <summary>
    /// Stores extractions made elsewhere (tests build them by hand to control what extraction found; the writer
    /// benchmark extracts up front), in batches of <see cref="ArchiveOptions.BatchSize"/>.
    /// </summary>
    internal Task<IReadOnlyList<IngestionResult>> IngestExtractionsAsync(
        IReadOnlyList<(ArticleExtraction Extraction, string Source, string? SourcePath)> articles, CancellationToken cancellationToken = default)
        => WriteAsync(articles.Select(a => new PreparedArticle(a.Source, a.SourcePath, a.Extraction, ContentHash.Of(a.Extraction.Document))).ToList(), cancellationToken);

    /// <summary>Writes articles already in hand through one writer, a batch per transaction.</summary>
    private async Task<IReadOnlyList<IngestionResult>> WriteAsync(IReadOnlyList<PreparedArticle> articles, CancellationToken cancellationToken)
    {
        var results = new List<IngestionResult>(articles.Count);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var writer = new ArticleWriter(db);
        foreach (var batch in articles.Chunk(Math.Max(1, options.BatchSize)))
            results.AddRange(await WriteBatchAsync(writer, batch, cancellationToken));
        return results;
    }

    private static async Task<IReadOnlyList<IngestionResult>> WriteBatchAsync(
        ArticleWriter writer, IReadOnlyList<PreparedArticle> batch, CancellationToken cancellationToken)
    {
        try
        {
            return await writer.WriteAsync(batch, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The batch's transaction rolled back: none of these articles was stored.
            return batch.Select(a => IngestionResult.Rejected(a.Source, $"'{Path.GetFileName(a.Source)}' could not be stored: {e.GetBaseException().Message}")).ToList();
        }
    }

    private sealed record StoredArticle(
        int Id, string Title, string? Credit, string? Source, string? Author, string? Url, string Body,
        DateOnly? PublishedOn, DatePrecision? PublishedPrecision, bool PublishedInferred)
    {
        // An inferred date is inferred again, so a better extractor can correct it.
        public ArticleDocument ToDocument() => new(
            Title, Credit,
            !PublishedInferred && PublishedOn is { } day && PublishedPrecision is { } precision ? new PartialDate(day, precision) : null,
            Source, Author, Url, Body, BodyParagraphs.Of(Body));
    }
}
