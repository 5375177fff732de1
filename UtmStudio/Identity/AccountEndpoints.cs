using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace UtmStudio.Identity;

/// <summary>Sign-in starts the OpenID Connect flow; sign-out (a POST with antiforgery) clears our cookie.</summary>
public static class AccountEndpoints
{
    public static WebApplication MapAccountEndpoints(this WebApplication app)
    {
        var account = app.MapGroup("/account").AllowAnonymous();

        account.MapGet("/login", (string? returnUrl, string? prompt) =>
        {
            var properties = new AuthenticationProperties { RedirectUri = ReturnUrl.Sanitize(returnUrl) };
            if (prompt == "login")
            {
                // "Use another account": the provider shows its sign-in form even if it has a session.
                properties.SetParameter(OpenIdConnectParameterNames.Prompt, "login");
            }

            return TypedResults.Challenge(properties, [OpenIdConnectDefaults.AuthenticationScheme]);
        });

        // Clerk has no end-session endpoint, so signing out of UtmStudio means clearing our own cookie.
        account.MapPost("/logout", ([FromForm] string? returnUrl) => TypedResults.SignOut(
            new AuthenticationProperties { RedirectUri = ReturnUrl.Sanitize(returnUrl) },
            [CookieAuthenticationDefaults.AuthenticationScheme]));

        return app;
    }
}
