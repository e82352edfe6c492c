using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using NewsArchive.Data.Editors;

namespace NewsArchive.Web.Features.Account;

public static class AccountServices
{
    public const string LoginPath = "/account/login";
    public const string LogoutPath = "/account/logout";

    /// <summary>Editors (Identity over the archive's database), cookie sign-in, and the Editor policy.</summary>
    public static IServiceCollection AddEditorSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddEditors(configuration).AddSignInManager();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = LoginPath;
            cookie.LogoutPath = LogoutPath;
            cookie.AccessDeniedPath = LoginPath;
            cookie.Cookie.Name = "na-editor";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });
        services.AddAuthorizationBuilder().AddPolicy(EditorPolicy.Name, policy => policy.RequireAuthenticatedUser());
        services.AddCascadingAuthenticationState();
        // Identity re-checks a cookie every 30 minutes by default; an archive with few editors can afford a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = EditorRevalidation.Interval(configuration));
        services.AddScoped<AuthenticationStateProvider, EditorRevalidation>();
        return services;
    }

    /// <summary>Brings the editors' tables up to date, next to the archive's own migrations.</summary>
    public static async Task InitializeEditorsAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<EditorAccounts>().MigrateAsync();
    }

    /// <summary>POST /account/logout: a form post, so antiforgery-checked; then back to the home page.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(LogoutPath, async (SignInManager<IdentityUser> signIn, [Microsoft.AspNetCore.Mvc.FromForm] string? returnUrl) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect(Preferences.ThemePreference.SafeReturnUrl(returnUrl));
        }).ExcludeFromDescription();
        return endpoints;
    }
}
