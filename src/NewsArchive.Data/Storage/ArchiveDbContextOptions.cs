using Microsoft.EntityFrameworkCore;

namespace NewsArchive.Data.Storage;

/// <summary>The one place that configures EF Core for the archive, shared by DI and design-time tools.</summary>
internal static class ArchiveDbContextOptions
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString)
        => options
            .UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(ArchiveDbContext).Assembly.GetName().Name))
            .AddInterceptors(new SqlitePragmas());
}
