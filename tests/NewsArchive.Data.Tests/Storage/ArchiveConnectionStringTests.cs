using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using NewsArchive.Data.Storage;

namespace NewsArchive.Data.Tests.Storage;

public sealed class ArchiveConnectionStringTests
{
    [Fact]
    public void Without_a_connection_string_the_database_is_archive_db_under_local_application_data()
    {
        var configuration = new ConfigurationBuilder().Build();
        var expected = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "NewsArchive", "archive.db");

        var builder = new SqliteConnectionStringBuilder(ArchiveConnectionString.Resolve(configuration));

        Assert.Equal(Path.GetFullPath(expected), builder.DataSource);
        Assert.True(builder.ForeignKeys);
    }

    [Fact]
    public void A_configured_path_is_used_and_its_folder_created()
    {
        var folder = Path.Combine(Path.GetTempPath(), "newsarchive-tests", Guid.NewGuid().ToString("N"), "nested");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Archive"] = $"Data Source={folder}/x.db" })
            .Build();

        var builder = new SqliteConnectionStringBuilder(ArchiveConnectionString.Resolve(configuration));

        Assert.Equal(Path.Combine(folder, "x.db"), builder.DataSource);
        Assert.True(Directory.Exists(folder));
        Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
    }
}
