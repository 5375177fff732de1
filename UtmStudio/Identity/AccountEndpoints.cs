using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;

namespace UtmStudio.Identity;

/// <summary>Sign-in starts the OpenID Connect flow; sign-out (a POST with antiforgery) clears our cookie.</summary>
public static class AccountEndpoints
{
    public static WebApplication MapAccountEndpoints(this WebApplication app)
    {
        var account = app.MapGroup("/account").AllowAnonymous();

        account.MapGet("/login", (string? returnUrl) => TypedResults.Challenge(
            new AuthenticationProperties { RedirectUri = ReturnUrl.Sanitize(returnUrl) },
            [OpenIdConnectDefaults.AuthenticationScheme]));

        // Clerk has no end-session endpoint, so signing out of UtmStudio means clearing our own cookie.
        account.MapPost("/logout", ([FromForm] string? returnUrl) => TypedResults.SignOut(
            new AuthenticationProperties { RedirectUri = ReturnUrl.Sanitize(returnUrl) },
            [CookieAuthenticationDefaults.AuthenticationScheme]));

        return app;
    }
}
