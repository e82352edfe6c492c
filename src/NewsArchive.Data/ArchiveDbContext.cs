using Microsoft.EntityFrameworkCore;
using NewsArchive.Data.Model;

namespace NewsArchive.Data;

/// <summary>
/// The archive's tables. Create one per operation through IDbContextFactory.
/// Add a migration (from the repository root):
///   dotnet ef migrations add Name --project src/NewsArchive.Data --startup-project src/NewsArchive.Data
/// Full-text tables and their triggers are raw SQL in the migrations (see Search/SqliteFullTextSearch).
/// </summary>
public sealed class ArchiveDbContext(DbContextOptions<ArchiveDbContext> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Entity> Entities => Set<Entity>();
    public DbSet<EntityAlias> EntityAliases => Set<EntityAlias>();
    public DbSet<EntityRole> EntityRoles => Set<EntityRole>();
    public DbSet<Mention> Mentions => Set<Mention>();
    public DbSet<Quote> Quotes => Set<Quote>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<EventActor> EventActors => Set<EventActor>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
        => modelBuilder.ApplyConfigurationsFromAssembly(typeof(ArchiveDbContext).Assembly);

    /// <summary>Saves, keeping copied dates and entity counts right for rows added through the change tracker.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var touched = Storage.DerivedCopies.FillBeforeSave(ChangeTracker);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (touched.Count > 0) await Storage.DerivedCopies.RecountAsync(this, touched, cancellationToken);
        return saved;
    }

    /// <inheritdoc cref="SaveChangesAsync(bool, CancellationToken)"/>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var touched = Storage.DerivedCopies.FillBeforeSave(ChangeTracker);
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        if (touched.Count > 0) Storage.DerivedCopies.Recount(this, touched);
        return saved;
    }
}
