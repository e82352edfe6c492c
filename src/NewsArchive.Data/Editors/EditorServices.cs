using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Data.Storage;

namespace NewsArchive.Data.Editors;

public static class EditorServices
{
    /// <summary>Shortest password `editor add` accepts; length over character-class rules (NIST 800-63B).</summary>
    public const int MinimumPasswordLength = 12;

    /// <summary>
    /// Identity's user store and manager over <see cref="EditorsDbContext"/> on the archive's database
    /// (ConnectionStrings:Archive), plus <see cref="EditorAccounts"/>. A host adds sign-in on top.
    /// Identity's stores need a scoped context, so this is AddDbContext rather than a factory.
    /// </summary>
    public static IdentityBuilder AddEditors(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = ArchiveConnectionString.Resolve(configuration);
        services.AddDbContext<EditorsDbContext>(builder => EditorsDbContextOptions.Configure(builder, connectionString));
        services.AddScoped<EditorAccounts>();
        return services
            .AddIdentityCore<IdentityUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = MinimumPasswordLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
            })
            .AddEntityFrameworkStores<EditorsDbContext>();
    }
}
