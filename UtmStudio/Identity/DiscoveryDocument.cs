using System.Text.Json;

namespace UtmStudio.Identity;

/// <summary>Reads an OpenID Connect provider's discovery document and says, in words for an operator, what is wrong.</summary>
public static class DiscoveryDocument
{
    public const string Path = ".well-known/openid-configuration";

    /// <summary>Null when the authority answers a discovery document whose issuer is the authority; otherwise the problem.</summary>
    public static async Task<string?> CheckAsync(HttpClient http, string authority, CancellationToken cancellationToken)
    {
        var address = authority.TrimEnd('/') + "/" + Path;
        string body;
        try
        {
            using var response = await http.GetAsync(address, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return $"{address} answered {(int)response.StatusCode} {response.ReasonPhrase}. Oidc:Authority must be the " +
                    "provider's issuer URL (for Clerk, its Frontend API URL).";
            }

            body = await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            return $"the identity provider at {authority} (Oidc:Authority) cannot be reached: {ex.Message}";
        }
        catch (OperationCanceledException)
        {
            // The caller's time limit, or the HTTP client's own.
            return $"the identity provider at {authority} (Oidc:Authority) did not answer in time.";
        }

        return IssuerProblem(authority, address, body);
    }

    private static string? IssuerProblem(string authority, string address, string body)
    {
        string? issuer;
        try
        {
            using var document = JsonDocument.Parse(body);
            issuer = document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("issuer", out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
        }
        catch (JsonException)
        {
            issuer = null;
        }

        if (string.IsNullOrEmpty(issuer))
        {
            return $"{address} is not an OpenID Connect discovery document (no issuer).";
        }

        // Users are keyed by issuer + subject, and tokens are checked against this issuer: it must be the one meant.
        return string.Equals(issuer.TrimEnd('/'), authority.TrimEnd('/'), StringComparison.Ordinal)
            ? null
            : $"the provider's issuer is {issuer}, but Oidc:Authority is {authority}. Set Oidc:Authority to the issuer " +
              "exactly; a different issuer means a different provider instance, whose users are not this instance's users.";
    }
}
