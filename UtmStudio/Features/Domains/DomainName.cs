using System.Globalization;
using System.Net;

namespace UtmStudio.Features.Domains;

/// <summary>What will be saved for a typed domain name, with what was changed and why, or why it can't be.</summary>
public sealed record DomainNameResult(string? Value, IReadOnlyList<string> Notices, string? Error)
{
    public bool IsValid => Value is not null;
}

/// <summary>
/// Domain names as we store them: lowercase ASCII (internationalized names in their xn-- form), no scheme,
/// path, port, user info or IP address, at least two labels, within DNS length limits, without "www.".
/// </summary>
public static class DomainName
{
    public const int MaxLength = 253;
    private const int MaxLabelLength = 63;
    private static readonly IdnMapping Idn = new() { AllowUnassigned = false, UseStd3AsciiRules = true };

    public static DomainNameResult Normalize(string? input)
    {
        var notices = new List<string>();
        var text = (input ?? string.Empty).Trim().ToLowerInvariant();
        if (text.Length == 0)
        {
            return Fail("Enter your company's website domain, like acme.com.");
        }

        var schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd >= 0)
        {
            var scheme = text[..schemeEnd];
            if (scheme is not ("http" or "https"))
            {
                return Fail("Enter a website domain, like acme.com, not a link.");
            }

            notices.Add($"Removed \"{scheme}://\": only the domain is kept.");
            text = text[(schemeEnd + 3)..];
        }

        var pathStart = text.IndexOfAny(['/', '?', '#']);
        if (pathStart >= 0)
        {
            if (pathStart < text.Length - 1)
            {
                notices.Add($"Removed \"{text[pathStart..]}\": only the domain is kept.");
            }

            text = text[..pathStart];
        }

        if (text.Contains('@', StringComparison.Ordinal))
        {
            return Fail("Enter the domain only, without a user name or email address.");
        }

        if (text.StartsWith('[') || IPAddress.TryParse(text, out _))
        {
            return Fail("An IP address is not a domain. Enter a name like acme.com.");
        }

        if (text.Contains(':', StringComparison.Ordinal))
        {
            return Fail("Leave out the port (the part after \":\").");
        }

        text = text.TrimEnd('.');
        if (text.StartsWith("www.", StringComparison.Ordinal))
        {
            text = text[4..];
            notices.Add("Removed the leading \"www.\": the domain covers all its subdomains.");
        }

        return ToAscii(text, notices);
    }

    private static DomainNameResult ToAscii(string text, List<string> notices)
    {
        string ascii;
        try
        {
            ascii = text.Length == 0 ? text : Idn.GetAscii(text);
        }
        catch (ArgumentException)
        {
            return Fail("That is not a valid domain name: use letters, digits and hyphens, separated by dots.");
        }

        if (ascii != text)
        {
            notices.Add($"Internationalized name saved in its standard ASCII form: {ascii}.");
        }

        var labels = ascii.Split('.');
        if (labels.Length < 2 || labels.Any(l => l.Length == 0))
        {
            return Fail("A domain has at least two parts separated by a dot, like acme.com.");
        }

        if (ascii.Length > MaxLength || labels.Any(l => l.Length > MaxLabelLength))
        {
            return Fail($"That domain is too long: at most {MaxLength} characters, {MaxLabelLength} between dots.");
        }

        if (labels.Any(l => !l.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') || l[0] == '-' || l[^1] == '-'))
        {
            return Fail("Use only letters, digits and hyphens (not at the start or end of a part).");
        }

        if (labels[^1].All(char.IsAsciiDigit))
        {
            return Fail("The last part of a domain cannot be only digits.");
        }

        return new DomainNameResult(ascii, notices, null);
    }

    private static DomainNameResult Fail(string error) => new(null, [], error);
}
