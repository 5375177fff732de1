using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace UtmStudio.Identity.DevProvider;

/// <summary>How the development provider turns a typed email into a stable identity.</summary>
public static class DevIdentity
{
    /// <summary>The same email always gets the same subject, so signing in again finds the same user.</summary>
    public static string SubjectFor(string email)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant()));
        return "dev_" + Convert.ToHexStringLower(hash)[..24];
    }

    /// <summary>"jane.doe@acme.test" becomes "Jane Doe" when no name is typed.</summary>
    public static string NameFor(string email, string? typedName)
    {
        if (!string.IsNullOrWhiteSpace(typedName))
        {
            return typedName.Trim();
        }

        var local = email.Split('@')[0];
        var words = local.Split(['.', '_', '-', '+'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(w.ToLowerInvariant()));
        var name = string.Join(' ', words);
        return name.Length > 0 ? name : email;
    }
}
