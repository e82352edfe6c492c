using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NewsArchive.Data.Ingestion;
using NewsArchive.Data.Storage;
using NewsArchive.Extraction;
using NewsArchive.Extraction.Dates;

namespace NewsArchive.Data.Tests.Ingestion;

public sealed class IngestionServiceTests
{
    [Fact]
    public async Task Ingesting_the_same_file_twice_stores_it_once_and_reports_unchanged()
    {
        await using var archive = await TestArchive.CreateAsync();
        var path = archive.WriteArticle("a.txt", "Council Passes Budget", "The council passed the budget on Tuesday.");

        var first = await archive.Ingestion.IngestFileAsync(path);
        var second = await archive.Ingestion.IngestFileAsync(path);

        Assert.Equal(IngestionOutcome.Archived, first.Outcome);
        Assert.Equal(IngestionOutcome.Unchanged, second.Outcome);
        Assert.Equal(first.Slug, second.Slug);
        await using var db = archive.NewContext();
        Assert.Equal(1, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task The_same_content_under_another_name_is_unchanged()
    {
        await using var archive = await TestArchive.CreateAsync();
        var first = archive.WriteArticle("a.txt", "Council Passes Budget", "The council passed the budget.");
        var copy = Path.Combine(archive.Folder, "copy.txt");
        File.WriteAllText(copy, File.ReadAllText(first).Replace("\n", "\r\n"));

        await archive.Ingestion.IngestFileAsync(first);
        var result = await archive.Ingestion.IngestFileAsync(copy);

        Assert.Equal(IngestionOutcome.Unchanged, result.Outcome);
    }

    [Fact]
    public async Task A_changed_file_at_the_same_path_updates_the_article_in_place()
    {
        await using var archive = await TestArchive.CreateAsync();
        var path = archive.WriteArticle("a.txt", "Council Passes Budget", "The council passed the budget.");
        var first = await archive.Ingestion.IngestFileAsync(path);
        await using (var db = archive.NewContext()) Assert.Equal(1, await db.Articles.CountAsync());
        int id;
        await using (var db = archive.NewContext()) id = await db.Articles.Select(a => a.Id).SingleAsync();

        archive.WriteArticle("a.txt", "Council Passes Amended Budget", "The council passed an amended budget.");
        var second = await archive.Ingestion.IngestFileAsync(path);

        Assert.Equal(IngestionOutcome.Updated, second.Outcome);
        Assert.Equal(first.Slug, second.Slug);
        await using var check = archive.NewContext();
        var article = await check.Articles.SingleAsync();
        Assert.Equal(id, article.Id);
        Assert.Equal("Council Passes Amended Budget", article.Title);
        Assert.Contains("amended budget", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_article_with_the_same_url_updates_in_place()
    {
        await using var archive = await TestArchive.CreateAsync();
        const string url = "https://example.org/news/budget";
        await new ExtractionBuilder("Budget Vote", "The vote is today.", url: url).IngestAsync(archive.Ingestion);

        var result = await new ExtractionBuilder("Budget Vote Delayed", "The vote was delayed.", url: url).IngestAsync(archive.Ingestion);

        Assert.Equal(IngestionOutcome.Updated, result.Outcome);
        await using var db = archive.NewContext();
        Assert.Equal("Budget Vote Delayed", await db.Articles.Select(a => a.Title).SingleAsync());
    }

    [Fact]
    public async Task An_update_replaces_the_derived_data_and_drops_entities_nothing_mentions_any_more()
    {
        await using var archive = await TestArchive.CreateAsync();
        const string url = "https://example.org/a";
        await new ExtractionBuilder("Story", "Alice Walker met Bob Stone.", url: url)
            .Person("Alice Walker").Person("Bob Stone").IngestAsync(archive.Ingestion);

        await new ExtractionBuilder("Story", "Alice Walker met Carol King.", url: url)
            .Person("Alice Walker").Person("Carol King").IngestAsync(archive.Ingestion);

        await using var db = archive.NewContext();
        var names = await db.Entities.Select(e => e.CanonicalName).OrderBy(n => n).ToListAsync();
        Assert.Equal(["Alice Walker", "Carol King"], names);
        Assert.Equal(2, await db.Mentions.CountAsync());
    }

    [Fact]
    public async Task An_organization_named_only_in_the_metadata_is_not_stored_as_an_entity_no_article_mentions()
    {
        await using var archive = await TestArchive.CreateAsync();
        var path = Path.Combine(archive.Folder, "harbour.md");
        File.WriteAllText(path, """
            ---
            title: Harbour Board Approves New Ferry Pier
            source: The Westmoor Courier
            published: 2026-03-04
            ---
            The Brackwater Harbour Board approved a new ferry pier on Tuesday, its chair Nora Pell said.
            """);

        var result = await archive.Ingestion.IngestFileAsync(path);

        Assert.Equal(IngestionOutcome.Archived, result.Outcome);
        await using var db = archive.NewContext();
        var stored = await db.Entities.Select(e => new { e.CanonicalName, e.ArticleCount }).ToListAsync();
        Assert.Contains(stored, e => e.CanonicalName == "Nora Pell");
        Assert.DoesNotContain(stored, e => e.CanonicalName.Contains("Courier", StringComparison.Ordinal));
        Assert.All(stored, e => Assert.True(e.ArticleCount > 0, $"{e.CanonicalName} is stored with no article"));
    }

    [Fact]
    public async Task A_file_that_is_not_an_article_is_rejected_with_the_readers_reason()
    {
        await using var archive = await TestArchive.CreateAsync();
        var empty = Path.Combine(archive.Folder, "empty.txt");
        File.WriteAllText(empty, "   \n\n  ");
        var wrongKind = Path.Combine(archive.Folder, "data.csv");
        File.WriteAllText(wrongKind, "a,b,c");

        var results = await archive.Ingestion.IngestFilesAsync([empty, wrongKind]);

        Assert.All(results, r => Assert.Equal(IngestionOutcome.Rejected, r.Outcome));
        Assert.Contains(results, r => r.Reason!.Contains("empty.txt", StringComparison.Ordinal) && r.Reason.Contains("empty", StringComparison.Ordinal));
        Assert.Contains(results, r => r.Reason!.Contains("data.csv", StringComparison.Ordinal));
        await using var db = archive.NewContext();
        Assert.Equal(0, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_rejected_before_reading()
    {
        await using var archive = await TestArchive.CreateAsync(new Dictionary<string, string?> { ["Archive:MaxFileBytes"] = "1000" });
        var path = archive.WriteArticle("big.txt", "Big", new string('x', 2000));

        var result = await archive.Ingestion.IngestFileAsync(path);

        Assert.Equal(IngestionOutcome.Rejected, result.Outcome);
        Assert.Contains("limit", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_rejected_with_its_path()
    {
        await using var archive = await TestArchive.CreateAsync();
        var path = Path.Combine(archive.Folder, "nope.txt");

        var result = await archive.Ingestion.IngestFileAsync(path);

        Assert.Equal(IngestionOutcome.Rejected, result.Outcome);
        Assert.Contains("nope.txt", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_uploaded_stream_is_archived_and_the_same_upload_again_is_unchanged()
    {
        await using var archive = await TestArchive.CreateAsync();
        var bytes = Encoding.UTF8.GetBytes("Uploaded Story\n\nSomething happened downtown.\n");

        var first = await archive.Ingestion.IngestStreamAsync(new MemoryStream(bytes), "story.txt");
        var second = await archive.Ingestion.IngestStreamAsync(new MemoryStream(bytes), "story.txt");

        Assert.Equal(IngestionOutcome.Archived, first.Outcome);
        Assert.Equal("uploaded-story", first.Slug);
        Assert.Equal(IngestionOutcome.Unchanged, second.Outcome);
    }

    [Fact]
    public async Task An_upload_that_only_reads_asynchronously_is_archived()
    {
        await using var archive = await TestArchive.CreateAsync();
        var upload = new AsyncOnlyStream(Encoding.UTF8.GetBytes("Browser Upload\n\nSent from a page.\n"));

        var result = await archive.Ingestion.IngestStreamAsync(upload, "upload.txt");

        Assert.Equal(IngestionOutcome.Archived, result.Outcome);
    }

    [Fact]
    public async Task An_upload_over_the_size_limit_is_rejected()
    {
        await using var archive = await TestArchive.CreateAsync(new Dictionary<string, string?> { ["Archive:MaxFileBytes"] = "100" });

        var result = await archive.Ingestion.IngestStreamAsync(new AsyncOnlyStream(new byte[500]), "big.txt");

        Assert.Equal(IngestionOutcome.Rejected, result.Outcome);
        Assert.Contains("limit", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stale_articles_are_counted_until_reextracted()
    {
        await using var archive = await TestArchive.CreateAsync();
        await archive.Ingestion.IngestFileAsync(archive.WriteArticle("a.txt", "First Story", "Text one."));
        await using (var db = archive.NewContext())
            await db.Articles.ExecuteUpdateAsync(s => s.SetProperty(a => a.ExtractorVersion, 0));

        var before = await archive.Ingestion.CountStaleAsync();
        await archive.Ingestion.ReextractAsync();

        Assert.Equal(1, before);
        Assert.Equal(0, await archive.Ingestion.CountStaleAsync());
    }

    [Fact]
    public async Task A_folder_gets_one_result_per_article_file_and_skips_other_files()
    {
        await using var archive = await TestArchive.CreateAsync();
        archive.WriteArticle("one.txt", "First Story", "Text one.");
        archive.WriteArticle("sub/two.txt", "Second Story", "Text two.");
        File.WriteAllText(Path.Combine(archive.Folder, "articles", "notes.json"), "{}");
        var reported = new List<IngestionResult>();

        var results = await archive.Ingestion.IngestFolderAsync(Path.Combine(archive.Folder, "articles"), new SynchronousProgress(reported));

        Assert.Equal(2, results.Count);
        Assert.Equal(2, reported.Count);
        Assert.All(results, r => Assert.Equal(IngestionOutcome.Archived, r.Outcome));
    }

    [Fact]
    public async Task Bulk_ingestion_over_several_batches_stores_every_article_once()
    {
        await using var archive = await TestArchive.CreateAsync(new Dictionary<string, string?> { ["Archive:BatchSize"] = "7" });
        var paths = Enumerable.Range(1, 40)
            .Select(i => archive.WriteArticle($"n{i:000}.txt", $"Story Number {i}", $"Paragraph of story {i}."))
            .ToList();
        paths.Add(paths[0]);

        var results = await archive.Ingestion.IngestFilesAsync(paths);

        Assert.Equal(41, results.Count);
        Assert.Equal(40, results.Count(r => r.Outcome == IngestionOutcome.Archived));
        Assert.Equal(1, results.Count(r => r.Outcome == IngestionOutcome.Unchanged));
        await using var db = archive.NewContext();
        Assert.Equal(40, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task Articles_with_the_same_title_get_distinct_slugs()
    {
        await using var archive = await TestArchive.CreateAsync();
        var a = await archive.Ingestion.IngestFileAsync(archive.WriteArticle("a.txt", "Storm Hits Coast", "First report."));
        var b = await archive.Ingestion.IngestFileAsync(archive.WriteArticle("b.txt", "Storm Hits Coast", "Second report."));
        var c = await archive.Ingestion.IngestFileAsync(archive.WriteArticle("c.txt", "Storm Hits Coast!", "Third report."));

        Assert.Equal("storm-hits-coast", a.Slug);
        Assert.Equal("storm-hits-coast-2", b.Slug);
        Assert.Equal("storm-hits-coast-3", c.Slug);
    }

    [Fact]
    public async Task Articles_of_one_batch_with_the_same_title_get_distinct_slugs_that_skip_a_title_ending_in_a_number()
    {
        await using var archive = await TestArchive.CreateAsync();
        var sequel = await archive.Ingestion.IngestFileAsync(archive.WriteArticle("sequel.txt", "Storm Hits Coast 2", "A sequel's own title."));
        archive.WriteArticle(Path.Combine("batch", "a.txt"), "Storm Hits Coast", "First report.");
        archive.WriteArticle(Path.Combine("batch", "b.txt"), "Storm Hits Coast", "Second report.");
        archive.WriteArticle(Path.Combine("batch", "c.txt"), "Storm Hits Coast", "Third report.");

        var batch = await archive.Ingestion.IngestFolderAsync(Path.Combine(archive.Folder, "articles", "batch"));

        Assert.Equal("storm-hits-coast-2", sequel.Slug);
        Assert.All(batch, r => Assert.Equal(IngestionOutcome.Archived, r.Outcome));
        Assert.Equal(["storm-hits-coast", "storm-hits-coast-3", "storm-hits-coast-4"], batch.Select(r => r.Slug).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Two_concurrent_ingests_of_the_same_new_file_store_it_once()
    {
        await using var archive = await TestArchive.CreateAsync();
        var path = archive.WriteArticle("a.txt", "Race Condition", "Two writers arrive at once.");
        var other = new IngestionService(
            new Microsoft.EntityFrameworkCore.Infrastructure.PooledDbContextFactory<ArchiveDbContext>(Options(archive)),
            new ArticleExtractor(), new ArchiveOptions());

        var results = await Task.WhenAll(
            Task.Run(() => archive.Ingestion.IngestFileAsync(path)),
            Task.Run(() => other.IngestFileAsync(path)));

        Assert.Equal(
            [IngestionOutcome.Archived, IngestionOutcome.Unchanged],
            results.Select(r => r.Outcome).Order().ToArray());
        await using var db = archive.NewContext();
        Assert.Equal(1, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task A_failure_in_the_middle_of_an_article_leaves_none_of_it()
    {
        await using var archive = await TestArchive.CreateAsync();
        // Mentions are the last rows an article writes: by then its row, FTS entry, entities, aliases and quotes exist.
        await using (var db = archive.NewContext())
            await db.Database.ExecuteSqlRawAsync("""CREATE TRIGGER "FailOnMention" BEFORE INSERT ON "Mentions" BEGIN SELECT RAISE(ABORT, 'simulated crash'); END;""");
        var doomed = new ExtractionBuilder("Doomed Story", "Alice Walker spoke in Denver. \"We will rebuild,\" Walker said.")
            .Person("Alice Walker", ["Walker"], ["Mayor"]).Place("Denver").Quote("We will rebuild,", "Alice Walker").Build();

        var result = (await archive.Ingestion.IngestExtractionsAsync([(doomed, "doomed.txt", null)]))[0];

        Assert.Equal(IngestionOutcome.Rejected, result.Outcome);
        Assert.Contains("simulated crash", result.Reason, StringComparison.Ordinal);
        await using var check = archive.NewContext();
        Assert.Equal(0, await check.Articles.CountAsync());
        Assert.Equal(0, await check.Entities.CountAsync());
        Assert.Equal(0, await check.EntityAliases.CountAsync());
        Assert.Equal(0, await check.EntityRoles.CountAsync());
        Assert.Equal(0, await check.Quotes.CountAsync());
        Assert.Equal(0, await check.Database.SqlQueryRaw<int>("""SELECT count(*) AS "Value" FROM "ArticlesFts" WHERE "ArticlesFts" MATCH 'doomed'""").SingleAsync());
        Assert.Equal(0, await check.Database.SqlQueryRaw<int>("""SELECT count(*) AS "Value" FROM "QuotesFts" WHERE "QuotesFts" MATCH 'rebuild'""").SingleAsync());
    }

    [Fact]
    public async Task A_failure_in_the_middle_of_an_entity_write_leaves_none_of_the_article()
    {
        await using var archive = await TestArchive.CreateAsync();
        var failing = new IngestionService(
            new Microsoft.EntityFrameworkCore.Infrastructure.PooledDbContextFactory<ArchiveDbContext>(Options(archive, new FailAfterInsert("EntityAliases"))),
            new ArticleExtractor(), new ArchiveOptions());
        var doomed = new ExtractionBuilder("Doomed Story", "Alice Walker spoke. \"We will rebuild,\" Walker said.")
            .Person("Alice Walker", ["Walker"]).Quote("We will rebuild,", "Alice Walker").Build();

        var result = (await failing.IngestExtractionsAsync([(doomed, "doomed.txt", null)]))[0];

        Assert.Equal(IngestionOutcome.Rejected, result.Outcome);
        await using var db = archive.NewContext();
        Assert.Equal(0, await db.Articles.CountAsync());
        Assert.Equal(0, await db.Entities.CountAsync());
        Assert.Equal(0, await db.Quotes.CountAsync());
    }

    [Fact]
    public async Task A_failing_article_in_a_batch_does_not_keep_the_others_out()
    {
        await using var archive = await TestArchive.CreateAsync();
        // The database itself refuses one article after its row went in, whichever statement wrote it.
        await using (var setup = archive.NewContext())
        {
            await setup.Database.ExecuteSqlRawAsync("""
                CREATE TRIGGER "FailDoomed" AFTER INSERT ON "Articles" WHEN new."Title" = 'Doomed Story'
                BEGIN SELECT RAISE(ABORT, 'Simulated failure while storing an article'); END;
                """);
        }
        var batch = new[] { "Good Story One", "Doomed Story", "Good Story Two" }
            .Select(t => (new ExtractionBuilder(t, $"Body of {t}.").Build(), t, (string?)null))
            .ToList();

        var results = await archive.Ingestion.IngestExtractionsAsync(batch);

        Assert.Equal([IngestionOutcome.Archived, IngestionOutcome.Rejected, IngestionOutcome.Archived], results.Select(r => r.Outcome));
        await using var db = archive.NewContext();
        Assert.Equal(["Good Story One", "Good Story Two"], await db.Articles.OrderBy(a => a.Id).Select(a => a.Title).ToListAsync());
        await archive.Get<NewsArchive.Data.Search.SqliteFullTextSearch>().CheckIntegrityAsync(db);
    }

    [Fact]
    public async Task Reextract_refreshes_articles_from_an_older_extractor_and_keeps_every_article()
    {
        await using var archive = await TestArchive.CreateAsync();
        await archive.Ingestion.IngestFileAsync(archive.WriteArticle("a.txt", "First Story", "Text one."));
        await archive.Ingestion.IngestFileAsync(archive.WriteArticle("b.txt", "Second Story", "Text two."));
        await using (var db = archive.NewContext())
        {
            await db.Articles.Where(a => a.Title == "First Story").ExecuteUpdateAsync(s => s.SetProperty(a => a.ExtractorVersion, 0));
        }

        var refreshed = await archive.Ingestion.ReextractAsync();
        var again = await archive.Ingestion.ReextractAsync();
        var everything = await archive.Ingestion.ReextractAsync(all: true);

        Assert.Equal(1, refreshed);
        Assert.Equal(0, again);
        Assert.Equal(2, everything);
        await using var check = archive.NewContext();
        Assert.Equal(2, await check.Articles.CountAsync());
        Assert.All(await check.Articles.ToListAsync(), a => Assert.Equal(ArticleExtraction.ExtractorVersion, a.ExtractorVersion));
    }

    [Fact]
    public async Task Reingesting_content_stored_by_an_older_extractor_reports_updated()
    {
        await using var archive = await TestArchive.CreateAsync();
        var path = archive.WriteArticle("a.txt", "First Story", "Text one.");
        await archive.Ingestion.IngestFileAsync(path);
        await using (var db = archive.NewContext())
            await db.Articles.ExecuteUpdateAsync(s => s.SetProperty(a => a.ExtractorVersion, 0));

        var result = await archive.Ingestion.IngestFileAsync(path);

        Assert.Equal(IngestionOutcome.Updated, result.Outcome);
    }

    [Fact]
    public async Task The_publication_date_is_stored_as_a_start_day_and_precision()
    {
        await using var archive = await TestArchive.CreateAsync();
        await new ExtractionBuilder("Dated", "Body.", PartialDate.OfMonth(2017, 8)).IngestAsync(archive.Ingestion);

        await using var db = archive.NewContext();
        var article = await db.Articles.SingleAsync();
        Assert.Equal(new DateOnly(2017, 8, 1), article.PublishedOn);
        Assert.Equal(DatePrecision.Month, article.PublishedPrecision);
        Assert.False(article.PublishedInferred);
    }

    internal static Microsoft.EntityFrameworkCore.DbContextOptions<ArchiveDbContext> Options(TestArchive archive, params IInterceptor[] extra)
    {
        var builder = new DbContextOptionsBuilder<ArchiveDbContext>();
        ArchiveDbContextOptions.Configure(builder, ArchiveConnectionString.Prepare($"Data Source={archive.DatabasePath}"));
        if (extra.Length > 0) builder.AddInterceptors(extra);
        return builder.Options;
    }

    /// <summary>Lets an INSERT into a table run, then fails, as a crash right after it would.</summary>
    private sealed class FailAfterInsert(string table, string? onlyWhenParameterIs = null) : DbCommandInterceptor
    {
        public override ValueTask<DbDataReader> ReaderExecutedAsync(
            DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            Check(command);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<int> NonQueryExecutedAsync(
            DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            Check(command);
            return ValueTask.FromResult(result);
        }

        private void Check(DbCommand command)
        {
            if (!command.CommandText.Contains($"INSERT INTO \"{table}\"", StringComparison.Ordinal)) return;
            if (onlyWhenParameterIs is not null && !command.Parameters.Cast<DbParameter>().Any(p => Equals(p.Value, onlyWhenParameterIs))) return;
            throw new InvalidOperationException("Simulated crash after writing part of an article.");
        }
    }

    /// <summary>Like a browser upload stream: synchronous reads are refused.</summary>
    private sealed class AsyncOnlyStream(byte[] content) : Stream
    {
        private readonly MemoryStream _inner = new(content);
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("Synchronous reads are not supported.");
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            => ValueTask.FromResult(_inner.Read(buffer.Span));
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            => Task.FromResult(_inner.Read(buffer, offset, count));
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private sealed class SynchronousProgress(List<IngestionResult> into) : IProgress<IngestionResult>
    {
        public void Report(IngestionResult value)
        {
            lock (into) into.Add(value);
        }
    }
}
