namespace UtmStudio.Features.Domains.Verification;

/// <summary>
/// A provider-verified email at a domain or one of its subdomains shows that its owner belongs to the
/// company: jane@acme.test and jane@eu.acme.test verify acme.test at creation; jane@acme.test.evil.example
/// and jane@notacme.test do not. The same rule as the database's app_email_is_at, which enforces it.
/// </summary>
public static class EmailOwnership
{
    public static bool IsAt(string email, string domainName)
    {
        var at = email.LastIndexOf('@');
        if (at < 0)
        {
            return false;
        }

        var host = email[(at + 1)..].ToLowerInvariant();
        var domain = domainName.ToLowerInvariant();
        return host == domain || host.EndsWith("." + domain, StringComparison.Ordinal);
    }
}
