using System.Security.Cryptography;

namespace UtmStudio.Features.Team;

public static class InvitationLinks
{
    public const string PathPrefix = "/invitations/";

    /// <summary>256 random bits, URL-safe: unguessable, and useless without signing in with the invited email.</summary>
    public static string NewToken() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    /// <summary>The link, on the configured public address (never the request's Host).</summary>
    public static string For(Shared.PublicUrl publicUrl, string token) => publicUrl.Absolute(PathPrefix + token);

    /// <summary>"jane@acme.test" becomes "ja…@acme.test": enough to recognise, not enough to harvest.</summary>
    public static string MaskEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at <= 2 ? "…" + email[Math.Max(at, 0)..] : email[..2] + "…" + email[at..];
    }

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
