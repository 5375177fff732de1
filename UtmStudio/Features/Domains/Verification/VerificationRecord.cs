namespace UtmStudio.Features.Domains.Verification;

/// <summary>
/// The DNS TXT record that proves a domain is yours: <c>_utmstudio.acme.com TXT "utmstudio-verification=&lt;token&gt;"</c>.
/// On a name of its own rather than the domain itself, so it never mixes with the domain's SPF and other TXT
/// records, needs no change to them, and can be removed without touching anything else (docs/adr/0006).
/// </summary>
public static class VerificationRecord
{
    public const string Label = "_utmstudio";
    public const string Prefix = "utmstudio-verification=";

    public static string NameFor(string domainName) => $"{Label}.{domainName}";

    public static string ValueFor(string token) => Prefix + token;
}
