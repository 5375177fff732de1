namespace UtmStudio.Features.Domains;

/// <summary>Mail services whose domain is nobody's company: never suggested as a sign-up domain.</summary>
public static class PublicMailProviders
{
    private static readonly HashSet<string> Domains = new(StringComparer.OrdinalIgnoreCase)
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com", "ymail.com",
        "icloud.com", "me.com", "mac.com", "aol.com", "proton.me", "protonmail.com", "pm.me", "gmx.com", "gmx.de",
        "gmx.net", "web.de", "mail.com", "yandex.com", "yandex.ru", "zoho.com", "fastmail.com", "hey.com",
        "tutanota.com", "qq.com", "163.com", "126.com", "mail.ru", "orange.fr", "free.fr", "t-online.de", "libero.it",
    };

    public static bool Contains(string domain) => Domains.Contains(domain);

    /// <summary>The domain part of an email, unless it is a public mail service.</summary>
    public static string? CompanyDomainOf(string email)
    {
        var at = email.LastIndexOf('@');
        if (at < 0)
        {
            return null;
        }

        var domain = email[(at + 1)..];
        return Contains(domain) ? null : domain;
    }
}
