using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace NewsArchive.Web.Features.Account;

/// <summary>
/// Re-checks a live circuit's editor against the database, so an editor removed with `newsarchive editor
/// remove` (or whose password changed) loses an open /ingest page within one interval instead of keeping it
/// until the circuit closes. The sign-in cookie is re-checked on the same interval.
/// </summary>
internal sealed class EditorRevalidation(
    ILoggerFactory loggers,
    IServiceScopeFactory scopes,
    IOptions<IdentityOptions> identity,
    IOptions<SecurityStampValidatorOptions> stamps)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    /// <summary>Seconds between re-checks, from <c>Archive:EditorRecheckSeconds</c>.</summary>
    public const string IntervalSetting = "Archive:EditorRecheckSeconds";

    public static TimeSpan Interval(IConfiguration configuration) =>
        TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue(IntervalSetting, 60)));

    protected override TimeSpan RevalidationInterval => stamps.Value.ValidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        return await StillValidAsync(users, state.User);
    }

    private async Task<bool> StillValidAsync(UserManager<IdentityUser> users, ClaimsPrincipal principal)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null) return false;
        if (!users.SupportsUserSecurityStamp) return true;
        var stampClaim = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        return stampClaim == await users.GetSecurityStampAsync(user);
    }
}
