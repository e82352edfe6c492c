using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace NewsArchive.Data.Storage;

/// <summary>Where the archive lives: ConnectionStrings:Archive, else the per-user default file.</summary>
public static class ArchiveConnectionString
{
    public const string Name = "Archive";

    /// <summary>{LocalApplicationData}/NewsArchive/archive.db (Linux: ~/.local/share/NewsArchive/archive.db).</summary>
    public static string DefaultDatabasePath => Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify),
        "NewsArchive",
        "archive.db");

    /// <summary>The configured connection string, completed with foreign keys on; creates the database's folder.</summary>
    public static string Resolve(IConfiguration configuration)
        => Prepare(configuration.GetConnectionString(Name));

    /// <summary>Completes <paramref name="connectionString"/> (null or blank means the default file) and creates its folder.</summary>
    public static string Prepare(string? connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(connectionString) ? $"Data Source={DefaultDatabasePath}" : connectionString);
        var dataSource = builder.DataSource;
        if (!string.IsNullOrEmpty(dataSource) && dataSource != ":memory:" && !dataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            var fullPath = Path.GetFullPath(dataSource);
            builder.DataSource = fullPath;
            var folder = Path.GetDirectoryName(fullPath);
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        }
        builder.ForeignKeys = true;
        return builder.ToString();
    }
}
