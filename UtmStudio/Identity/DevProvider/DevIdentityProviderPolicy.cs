using System.Security.Cryptography;
using System.Text;
using UtmStudio.Features.Operations;

namespace UtmStudio.Identity.DevProvider;

/// <summary>
/// The Content-Security-Policy exception for the development identity provider's own pages. OpenIddict answers
/// an authorization with a form_post page whose single inline script submits the form to the app's /signin-oidc.
/// Rather than allowing inline scripts there, we allow exactly that script by its hash, and the form's target:
/// a loopback /signin-oidc (the only redirect URI this provider accepts; in tests it can be another app on this
/// machine). Production never has these pages.
/// </summary>
public static class DevIdentityProviderPolicy
{
    /// <summary>The script in OpenIddict's form_post page (OpenIddict.Server.AspNetCore 7.x).</summary>
    public const string FormPostScript = "document.form.submit();";

    public static PathPolicyException Exception { get; } = new(
        "/dev-idp",
        [$"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(FormPostScript)))}'"],
        ["http://127.0.0.1:*", "http://localhost:*", "https://127.0.0.1:*", "https://localhost:*"]);
}
