namespace UtmStudio.Data.Entities;

/// <summary>How a domain's ownership was shown; stored as 'email' / 'dns' / 'operator'.</summary>
public enum DomainVerificationMethod
{
    /// <summary>Its creator signed in with a provider-verified email at the domain or a subdomain.</summary>
    Email,

    /// <summary>A DNS TXT record with the domain's verification token.</summary>
    Dns,

    /// <summary>An operator of the instance verified it.</summary>
    Operator,
}
