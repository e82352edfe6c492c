using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NewsArchive.Data.Storage;

/// <summary>Lets `dotnet ef` build the context without a host; it never opens the database to add a migration.</summary>
internal sealed class DesignTimeArchiveDbContextFactory : IDesignTimeDbContextFactory<ArchiveDbContext>
{
    public ArchiveDbContext CreateDbContext(string[] args)
    {
        var connectionString = ArchiveConnectionString.Prepare(Environment.GetEnvironmentVariable("ConnectionStrings__Archive"));
        var options = new DbContextOptionsBuilder<ArchiveDbContext>();
        ArchiveDbContextOptions.Configure(options, connectionString);
        return new ArchiveDbContext(options.Options);
    }
}
