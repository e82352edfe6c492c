using Microsoft.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using NewsArchive.Data.Ingestion;

namespace NewsArchive.Data.Tests.Storage;

public sealed class WalCheckpointerTests
{
    [Fact]
    public async Task A_bulk_writer_checkpoints_on_its_own_and_leaves_every_page_of_the_wal_checkpointed()
    {
        await using var archive = await TestArchive.CreateAsync();
        long automaticCheckpointWhileWriting;
        await using (var db = archive.NewContext())
        await using (var writer = new ArticleWriter(db))
        {
            for (var batch = 0; batch < 3; batch++) await writer.WriteAsync(Batch(batch, articles: 2), default);
            automaticCheckpointWhileWriting = await PragmaAsync(db.Database.GetDbConnection(), "wal_autocheckpoint");
        }

        Assert.Equal(0, automaticCheckpointWhileWriting);
        // SQLite alone would leave these pages in the WAL until it held 1,000 or more.
        Assert.Equal(6, await ArticlesInTheDatabaseFileAsync(archive));
    }

    [Fact]
    public async Task A_writer_storing_one_batch_leaves_checkpoints_to_sqlite()
    {
        await using var archive = await TestArchive.CreateAsync();
        await CheckpointAsync(archive);
        // SQLite checkpoints when the last connection to a database closes, and another test class clearing the
        // connection pools can close the writer's pooled one at any moment. This one has read (so it holds the database
        // open in WAL mode) and stays open until the copy is made.
        await using var witness = new SqliteConnection($"Data Source={archive.DatabasePath};Pooling=False");
        await witness.OpenAsync();
        await ScalarAsync(witness, "SELECT count(*) FROM \"Articles\"");
        long automaticCheckpointWhileWriting;
        await using (var db = archive.NewContext())
        await using (var writer = new ArticleWriter(db))
        {
            await writer.WriteAsync(Batch(0, articles: 2), default);
            automaticCheckpointWhileWriting = await PragmaAsync(db.Database.GetDbConnection(), "wal_autocheckpoint");
        }

        Assert.Equal(8192, automaticCheckpointWhileWriting);
        // An upload pays for no checkpoint of its own: its article is still only in the WAL.
        Assert.Equal(0, await ArticlesInTheDatabaseFileAsync(archive));
    }

    [Fact]
    public async Task The_wal_starts_over_once_it_holds_the_restart_limit_instead_of_growing_with_every_batch()
    {
        await using var limited = await TestArchive.CreateAsync();
        await using var unlimited = await TestArchive.CreateAsync();

        var limitedSize = await WalFileSizeAfterAsync(limited, restartFrames: 20, holdSnapshot: false);
        var unlimitedSize = await WalFileSizeAfterAsync(unlimited, restartFrames: 20, holdSnapshot: true);

        Assert.True(limitedSize * 3 < unlimitedSize, $"WAL of {limitedSize:N0} bytes with restarts, {unlimitedSize:N0} when no restart was possible");
        await using var check = limited.NewContext();
        Assert.Equal(40, check.Articles.Count());
    }

    /// <param name="holdSnapshot">A reader keeps a snapshot from before the writes, so no checkpoint can let the WAL start over.</param>
    private static async Task<long> WalFileSizeAfterAsync(TestArchive archive, int restartFrames, bool holdSnapshot)
    {
        await CheckpointAsync(archive);
        // The reader's connection also keeps the WAL file from being deleted when the writer's closes.
        await using var reader = new SqliteConnection($"Data Source={archive.DatabasePath};Pooling=False");
        await reader.OpenAsync();
        await using var snapshot = holdSnapshot ? reader.BeginTransaction(deferred: true) : null;
        await ScalarAsync(reader, "SELECT count(*) FROM \"Articles\"");
        await using (var db = archive.NewContext())
        await using (var writer = new ArticleWriter(db, restartFrames))
        {
            for (var batch = 0; batch < 20; batch++)
            {
                await writer.WriteAsync(Batch(batch, articles: 2), default);
                // Batches this small take less time than a checkpoint; a real batch takes longer.
                await writer.CheckpointRunning;
            }
        }
        return new FileInfo(archive.DatabasePath + "-wal").Length;
    }

    private static List<PreparedArticle> Batch(int batch, int articles) =>
        Enumerable.Range(0, articles).Select(i =>
        {
            var extraction = new ExtractionBuilder($"Story {batch}-{i}", $"Alice Walker opened library number {batch * 100 + i} in Denver.")
                .Person("Alice Walker").Place("Denver").Build();
            return new PreparedArticle($"story-{batch}-{i}.txt", null, extraction, ContentHash.Of(extraction.Document));
        }).ToList();

    /// <summary>Copies the database file alone, without its WAL, and counts the articles in the copy.</summary>
    private static async Task<long> ArticlesInTheDatabaseFileAsync(TestArchive archive)
    {
        var copy = Path.Combine(archive.Folder, "file-only.db");
        File.Copy(archive.DatabasePath, copy);
        await using var connection = new SqliteConnection($"Data Source={copy};Pooling=False");
        await connection.OpenAsync();
        return await ScalarAsync(connection, "SELECT count(*) FROM \"Articles\"");
    }

    private static async Task CheckpointAsync(TestArchive archive)
    {
        await using var connection = new SqliteConnection($"Data Source={archive.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await ScalarAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<long> PragmaAsync(System.Data.Common.DbConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
