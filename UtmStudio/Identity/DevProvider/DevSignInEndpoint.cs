using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using UtmStudio.Features.Account;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace UtmStudio.Identity.DevProvider;

/// <summary>
/// The development provider's authorization endpoint: shows "sign in as this email" and, on submit, issues
/// the authorization code for that identity. No password: it only ever runs outside Production.
/// </summary>
internal static class DevSignInEndpoint
{
    public const string EmailField = "dev_email";
    public const string NameField = "dev_name";

    public static async Task<IResult> HandleAsync(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("Not an OpenID Connect authorization request.");

        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.HasFormContentType)
        {
            return Page(request, email: null, name: null, error: null, DemoManager(context));
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var typedEmail = form[EmailField].ToString();
        var typedName = form[NameField].ToString();
        var email = EmailAddress.Normalize(typedEmail);
        if (email is null)
        {
            return Page(request, typedEmail, typedName, "Enter a valid email address, like jane@acme.test.", DemoManager(context));
        }

        var identity = new ClaimsIdentity(
            OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, DevIdentity.SubjectFor(email)));
        identity.AddClaim(new Claim(Claims.Email, email));
        identity.AddClaim(new Claim(Claims.EmailVerified, "true", ClaimValueTypes.Boolean));
        identity.AddClaim(new Claim(Claims.Name, DevIdentity.NameFor(email, typedName)));
        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);

        return Results.SignIn(new ClaimsPrincipal(identity), properties: null,
            OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>With ./run.sh --demo, the demo domain's manager, offered on the page.</summary>
    private static string? DemoManager(HttpContext context) =>
        context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Features.Demo.DemoDataOptions>>().Value.Enabled
            ? Features.Demo.DemoData.ManagerEmail
            : null;

    private static RazorComponentResult<DevSignInPage> Page(OpenIddictRequest request, string? email, string? name, string? error, string? demoManager)
    {
        var carried = request.GetParameters()
            .Where(p => p.Key is not EmailField and not NameField)
            .Select(p => KeyValuePair.Create(p.Key, (string?)p.Value ?? string.Empty))
            .ToList();
        return new RazorComponentResult<DevSignInPage>(new Dictionary<string, object?>
        {
            [nameof(DevSignInPage.RequestParameters)] = carried,
            [nameof(DevSignInPage.Email)] = email,
            [nameof(DevSignInPage.Name)] = name,
            [nameof(DevSignInPage.Error)] = error,
            [nameof(DevSignInPage.DemoManager)] = demoManager,
        });
    }
}
