using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using NewsArchive.Data.Storage;

namespace NewsArchive.Data.Editors;

/// <summary>Lets `dotnet ef ... --context EditorsDbContext` build the context without a host.</summary>
internal sealed class DesignTimeEditorsDbContextFactory : IDesignTimeDbContextFactory<EditorsDbContext>
{
    public EditorsDbContext CreateDbContext(string[] args)
    {
        var connectionString = ArchiveConnectionString.Prepare(Environment.GetEnvironmentVariable("ConnectionStrings__Archive"));
        var options = new DbContextOptionsBuilder<EditorsDbContext>();
        EditorsDbContextOptions.Configure(options, connectionString);
        return new EditorsDbContext(options.Options);
    }
}
