using System.Net.Mail;

namespace UtmStudio.Features.Account;

/// <summary>Email addresses as we store them: trimmed, lowercase, at most 255 characters.</summary>
public static class EmailAddress
{
    public const int MaxLength = 255;

    public static string? Normalize(string? raw)
    {
        var email = raw?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(email) || email.Length > MaxLength || !MailAddress.TryCreate(email, out var parsed))
        {
            return null;
        }

        // MailAddress accepts "Name <a@b.c>" and "a@localhost"; we only take a bare address on a real domain.
        var domain = parsed.Host;
        var hasDottedDomain = domain.Contains('.', StringComparison.Ordinal) && domain[0] != '.' && domain[^1] != '.';
        return parsed.Address == email && hasDottedDomain ? email : null;
    }
}
