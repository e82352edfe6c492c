using Microsoft.EntityFrameworkCore;
using NewsArchive.Data.Storage;

namespace NewsArchive.Data.Editors;

/// <summary>The editors' EF Core set-up: the archive's SQLite file and pragmas, a history table of their own.</summary>
internal static class EditorsDbContextOptions
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString)
        => options
            .UseSqlite(connectionString, sqlite => sqlite
                .MigrationsAssembly(typeof(EditorsDbContext).Assembly.GetName().Name)
                .MigrationsHistoryTable(EditorsDbContext.MigrationsHistoryTable))
            .AddInterceptors(new SqlitePragmas());
}
