using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace UtmStudio.Identity;

/// <summary>Who is calling, for services: the users.id (and operator status) from the sign-in cookie.</summary>
public sealed class CurrentUser(AuthenticationStateProvider authenticationState)
{
    public async Task<ClaimsPrincipal> GetPrincipalAsync() => (await authenticationState.GetAuthenticationStateAsync()).User;

    /// <summary>The signed-in user's id; null for a visitor.</summary>
    public async Task<Guid?> GetUserIdAsync() => UserIdOf(await GetPrincipalAsync());

    /// <summary>The signed-in person as a caller of the services; null for a visitor.</summary>
    public async Task<Caller.User?> GetCallerAsync() => CallerOf(await GetPrincipalAsync());

    public static Guid? UserIdOf(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(AppClaims.UserId), out var id) ? id : null;

    public static Caller.User? CallerOf(ClaimsPrincipal principal) =>
        UserIdOf(principal) is { } id ? new Caller.User(id, principal.HasClaim(AppClaims.Operator, "true")) : null;
}
