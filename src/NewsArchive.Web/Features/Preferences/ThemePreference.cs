using Microsoft.AspNetCore.Mvc;

namespace NewsArchive.Web.Features.Preferences;

/// <summary>
/// Keeps the light/dark choice in a cookie and switches it with a plain form POST, so the toggle
/// works the same on static pages (no circuit) and interactive ones, and needs no JavaScript.
/// Binding from the form makes the antiforgery middleware check the post's token.
/// </summary>
public static class ThemePreference
{
    public const string CookieName = "na-theme";
    public const string TogglePath = "/preferences/theme";

    public static bool IsDark(HttpRequest request) =>
        request.Cookies.TryGetValue(CookieName, out var value) && value == "dark";

    public static IEndpointRouteBuilder MapThemePreference(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(TogglePath, (HttpContext context, [FromForm] string? mode, [FromForm] string? returnUrl) =>
        {
            var dark = mode == "dark";
            context.Response.Cookies.Append(CookieName, dark ? "dark" : "light", new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                IsEssential = true,
                MaxAge = TimeSpan.FromDays(365),
            });
            return Results.LocalRedirect(SafeReturnUrl(returnUrl));
        }).ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>Only a local path is followed back, never another site.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//")
            && !returnUrl.StartsWith("/\\")
            ? returnUrl
            : "/";
}
