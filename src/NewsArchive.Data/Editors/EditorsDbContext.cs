using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace NewsArchive.Data.Editors;

/// <summary>
/// The people who may write to the archive: ASP.NET Core Identity users (no roles: every user is an editor),
/// in the archive's database file but with their own tables and migration history, so the archive's
/// schema and migrations never mention them.
/// </summary>
public sealed class EditorsDbContext(DbContextOptions<EditorsDbContext> options) : IdentityUserContext<IdentityUser>(options)
{
    public const string MigrationsHistoryTable = "__EditorsMigrationsHistory";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Editor* names: nothing in the archive's schema is called that, and they say what they hold.
        builder.Entity<IdentityUser>().ToTable("Editors");
        builder.Entity<IdentityUserClaim<string>>().ToTable("EditorClaims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("EditorLogins");
        builder.Entity<IdentityUserToken<string>>().ToTable("EditorTokens");
    }
}
