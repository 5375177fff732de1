namespace UtmStudio.Features.Domains.Ownership;

/// <summary>
/// Which names can be created as a domain at all. Naming a domain is not owning it, and some names belong to
/// nobody's company: public suffixes (co.uk, github.io — everyone registers under them) and public mail
/// services (gmail.com). Subdomains of ordinary registrable names (shop.acme.test) are fine.
/// </summary>
public static class DomainClaims
{
    /// <summary>Why a normalized name cannot be created, or null when it can.</summary>
    public static string? WhyNotClaimable(string normalizedName)
    {
        var registrable = PublicSuffixList.Embedded.RegistrableDomainOf(normalizedName);
        if (registrable is null)
        {
            return $"{normalizedName} is a public suffix: people and companies register their own names under it, so nobody " +
                $"can claim it. Enter your own domain, like acme.{normalizedName}.";
        }

        if (PublicMailProviders.Contains(registrable))
        {
            return $"{registrable} is a public email service, not a company's domain. Enter your company's website domain, like acme.com.";
        }

        return null;
    }

    /// <summary>
    /// A typed name for a new domain: normalized (<see cref="DomainName.Normalize"/>), then refused when it
    /// cannot be claimed. The service enforces it; forms show it as the user types.
    /// </summary>
    public static DomainNameResult NormalizeNew(string? typed)
    {
        var result = DomainName.Normalize(typed);
        return result.Value is { } name && WhyNotClaimable(name) is { } reason ? result with { Value = null, Error = reason } : result;
    }
}
