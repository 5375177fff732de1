using System.Globalization;
using System.Net;
using System.Text;
using UtmStudio.Features.Domains.Ownership;

namespace UtmStudio.Features.Domains;

/// <summary>What will be saved for a typed domain name, with what was changed and why, or why it can't be.</summary>
public sealed record DomainNameResult(string? Value, IReadOnlyList<string> Notices, string? Error)
{
    public bool IsValid => Value is not null;
}

/// <summary>
/// Domain names as we store them: lowercase ASCII (internationalized names in their xn-- form), no scheme,
/// path, port, user info or IP address, at least two labels, within DNS length limits, without "www.".
/// The one normaliser for what people type, what is stored and what a /d/{domain} address names: two inputs
/// that normalise to the same value are the same domain everywhere.
/// </summary>
public static class DomainName
{
    public const int MaxLength = 253;
    private const int MaxLabelLength = 63;
    private static readonly IdnMapping Idn = new() { AllowUnassigned = false, UseStd3AsciiRules = true };

    /// <summary>The stored form of a name, or null when it is not a valid domain name.</summary>
    public static string? Canonical(string? input) => Normalize(input).Value;

    /// <summary>Whether a stored name and a name from an address or a form are the same domain.</summary>
    public static bool Same(string? stored, string? other) =>
        stored is not null && string.Equals(stored, Canonical(other) ?? other, StringComparison.OrdinalIgnoreCase);

    public static DomainNameResult Normalize(string? input)
    {
        var notices = new List<string>();

        // IDNA (UTS 46) mapping comes first, so that every rule below sees the same characters whatever way
        // they were typed: fullwidth "ｗｗｗ．ａｃｍｅ．ｃｏｍ" is "www.acme.com" before "www." is looked for.
        var typed = (input ?? string.Empty).Trim();
        if (MapCompatibilityForms(typed) is not { } mapped)
        {
            return Fail("That is not a valid domain name: use letters, digits and hyphens, separated by dots.");
        }

        var text = mapped.Trim();
        if (!string.Equals(text, typed, StringComparison.OrdinalIgnoreCase) && typed.Length > 0)
        {
            notices.Add("Converted full-width or special characters to their standard form.");
        }

        text = LowercaseAscii(text);
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

        return ToAscii(text.TrimEnd('.'), notices);
    }

    private static DomainNameResult ToAscii(string host, List<string> notices)
    {
        string ascii;
        try
        {
            ascii = host.Length == 0 ? host : Idn.GetAscii(host).ToLowerInvariant().TrimEnd('.');
        }
        catch (ArgumentException)
        {
            return Fail("That is not a valid domain name: use letters, digits and hyphens, separated by dots.");
        }

        if (ascii.Contains("xn--", StringComparison.Ordinal) && !host.All(char.IsAscii))
        {
            notices.Add($"Internationalized name saved in its standard ASCII form: {ascii}.");
        }

        // After the IDNA step, so that "www" typed in any form (or with invisible characters IDNA drops) goes.
        // Not when the rest is a public suffix: in www.ck, "www" is the registered name itself.
        var stripped = false;
        while (ascii.StartsWith("www.", StringComparison.Ordinal) && !PublicSuffixList.Embedded.IsPublicSuffix(ascii[4..]))
        {
            ascii = ascii[4..];
            stripped = true;
        }

        if (stripped)
        {
            notices.Add("Removed the leading \"www.\": the domain covers all its subdomains.");
        }

        return CheckLabels(ascii, notices);
    }

    private static DomainNameResult CheckLabels(string ascii, List<string> notices)
    {
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

    /// <summary>
    /// The mapping part of UTS 46 that changes how a name is read: fullwidth and other compatibility forms to
    /// their standard characters (NFKC), the ideographic full stops UTS 46 treats as dots ("．", "。", "｡") to
    /// ".", and the invisible characters it ignores (soft hyphen, zero-width space, variation selectors…)
    /// removed. Case mapping of non-ASCII letters is left to <see cref="IdnMapping"/>, which applies UTS 46's own.
    /// </summary>
    private static string? MapCompatibilityForms(string text)
    {
        if (text.All(char.IsAscii))
        {
            return text;
        }

        string normalized;
        try
        {
            normalized = text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return null; // not valid Unicode (a lone surrogate)
        }

        var mapped = new StringBuilder(normalized.Length);
        foreach (var rune in normalized.EnumerateRunes())
        {
            if (rune.Value == 0x3002)
            {
                mapped.Append('.');
            }
            else if (!IsIgnoredByIdna(rune.Value))
            {
                mapped.Append(rune.ToString());
            }
        }

        return mapped.ToString();
    }

    /// <summary>The code points UTS 46's mapping table marks "ignored".</summary>
    private static bool IsIgnoredByIdna(int c) =>
        c is 0x00AD or 0x034F or (>= 0x180B and <= 0x180D) or 0x180F or 0x200B or 0x2060 or 0x2064
            or (>= 0xFE00 and <= 0xFE0F) or 0xFEFF or (>= 0x1BCA0 and <= 0x1BCA3) or (>= 0xE0100 and <= 0xE01EF);

    private static string LowercaseAscii(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsAsciiLetterUpper(source[i]) ? (char)(source[i] | 0x20) : source[i];
            }
        });

    private static DomainNameResult Fail(string error) => new(null, [], error);
}
