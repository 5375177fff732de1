namespace UtmStudio.Features.Shared;

/// <summary>
/// The address people reach this instance at (App:PublicUrl). Every absolute link the app hands out —
/// invitation emails, short links, API URLs — is built from it, never from the request's Host header, which
/// anyone can set to their own host.
/// </summary>
public sealed class PublicUrl(Uri baseUri)
{
    public const string Setting = "App:PublicUrl";

    public Uri BaseUri { get; } = baseUri;

    /// <summary>"/invitations/abc" becomes "https://utmstudio.example/invitations/abc".</summary>
    public string Absolute(string pathAndQuery) => new Uri(BaseUri, pathAndQuery.TrimStart('/')).ToString();

    /// <summary>App:PublicUrl when set (required outside Development); in Development the first listening address.</summary>
    public static PublicUrl Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration[Setting];
        if (string.IsNullOrWhiteSpace(configured))
        {
            if (!environment.IsDevelopment())
            {
                throw new InvalidOperationException(
                    $"{Setting} is required outside Development: the address people use to reach UtmStudio, " +
                    "e.g. https://utm.example.com. Invitation and short links are built from it.");
            }

            configured = Identity.DevProvider.DevIdentityProviderSettings.BaseAddressFromUrls(configuration["urls"]);
        }

        if (!Uri.TryCreate(configured.TrimEnd('/') + "/", UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https") || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            throw new InvalidOperationException($"{Setting} must be an absolute http(s) address without query, e.g. https://utm.example.com (got \"{configured}\").");
        }

        return new PublicUrl(uri);
    }
}
