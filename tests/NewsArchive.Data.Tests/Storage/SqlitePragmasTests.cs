using Microsoft.EntityFrameworkCore;

namespace NewsArchive.Data.Tests.Storage;

public sealed class SqlitePragmasTests
{
    private static async Task<string> PragmaAsync(ArchiveDbContext db, string name)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    [Fact]
    public async Task Every_connection_uses_wal_foreign_keys_and_a_busy_timeout()
    {
        await using var archive = await TestArchive.CreateAsync();
        await using var db = archive.NewContext();

        Assert.Equal("wal", await PragmaAsync(db, "journal_mode"));
        Assert.Equal("1", await PragmaAsync(db, "foreign_keys"));
        Assert.True(int.Parse(await PragmaAsync(db, "busy_timeout"), System.Globalization.CultureInfo.InvariantCulture) >= 5000);
    }

    [Fact]
    public async Task A_pooled_connection_reused_many_times_and_a_fresh_one_both_keep_the_settings()
    {
        await using var archive = await TestArchive.CreateAsync();
        for (var i = 0; i < 3; i++)
        {
            await using var reused = archive.NewContext();
            Assert.Equal("1", await PragmaAsync(reused, "foreign_keys"));
            Assert.Equal("10000", await PragmaAsync(reused, "busy_timeout"));
            Assert.Equal("-32768", await PragmaAsync(reused, "cache_size"));
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await using var fresh = archive.NewContext();
        Assert.Equal("1", await PragmaAsync(fresh, "foreign_keys"));
        Assert.Equal("10000", await PragmaAsync(fresh, "busy_timeout"));
        Assert.Equal("wal", await PragmaAsync(fresh, "journal_mode"));
    }

    [Fact]
    public async Task A_row_pointing_at_a_missing_article_is_refused()
    {
        await using var archive = await TestArchive.CreateAsync();
        await using var db = archive.NewContext();

        await Assert.ThrowsAsync<DbUpdateException>(async () =>
        {
            db.Quotes.Add(new Model.Quote { ArticleId = 999, Text = "orphan", Start = 0, End = 6 });
            await db.SaveChangesAsync();
        });
    }
}
