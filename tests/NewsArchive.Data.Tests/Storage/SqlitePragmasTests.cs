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
