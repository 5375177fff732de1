using System.Globalization;
using System.Reflection;

namespace UtmStudio.Features.Domains.Ownership;

/// <summary>
/// Mozilla's Public Suffix List (publicsuffix.org): the names under which anyone can register their own
/// (co.uk, github.io, *.ck …), so that no single customer can own them. Implements the list's algorithm:
/// normal rules, wildcards ("*.ck") and exceptions ("!www.ck"), the longest matching rule wins, an exception
/// beats everything, and a name no rule matches has its last label as public suffix ("*"). Both sections
/// (ICANN and PRIVATE) are used. Names are the ASCII form <see cref="DomainName"/> stores.
/// </summary>
public sealed class PublicSuffixList
{
    /// <summary>The embedded copy (Features/Domains/Data/public_suffix_list.dat; its README gives the version).</summary>
    public const string ResourceName = "UtmStudio.PublicSuffixList.dat";

    private static readonly Lazy<PublicSuffixList> EmbeddedList = new(LoadEmbedded);
    private static readonly IdnMapping Idn = new() { AllowUnassigned = true };

    private readonly HashSet<string> _rules = new(StringComparer.Ordinal);
    private readonly HashSet<string> _wildcardParents = new(StringComparer.Ordinal);
    private readonly HashSet<string> _exceptions = new(StringComparer.Ordinal);

    public static PublicSuffixList Embedded => EmbeddedList.Value;

    public int RuleCount => _rules.Count + _wildcardParents.Count + _exceptions.Count;

    public static PublicSuffixList Parse(TextReader reader)
    {
        var list = new PublicSuffixList();
        while (reader.ReadLine() is { } line)
        {
            // A rule is the first word of a line; comments start with "//".
            var rule = line.Trim().Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            if (rule is null || rule.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            if (rule.StartsWith('!'))
            {
                list._exceptions.Add(ToAscii(rule[1..]));
            }
            else if (rule.StartsWith("*.", StringComparison.Ordinal))
            {
                list._wildcardParents.Add(ToAscii(rule[2..]));
            }
            else
            {
                list._rules.Add(ToAscii(rule));
            }
        }

        return list;
    }

    /// <summary>The public suffix of a name: "co.uk" for "shop.acme.co.uk", "test" for "acme.test".</summary>
    public string PublicSuffixOf(string asciiName)
    {
        var labels = asciiName.ToLowerInvariant().Split('.');
        for (var i = 0; i < labels.Length; i++)
        {
            if (_exceptions.Contains(Join(labels, i)))
            {
                return Join(labels, i + 1); // "!www.ck": www.ck is registrable, its suffix is "ck"
            }
        }

        for (var i = 0; i < labels.Length; i++)
        {
            if (_rules.Contains(Join(labels, i)) || (i + 1 < labels.Length && _wildcardParents.Contains(Join(labels, i + 1))))
            {
                return Join(labels, i);
            }
        }

        return labels[^1]; // the default rule "*"
    }

    /// <summary>The part someone registers ("acme.co.uk" for "shop.acme.co.uk"); null when the name is a public suffix.</summary>
    public string? RegistrableDomainOf(string asciiName)
    {
        var labels = asciiName.ToLowerInvariant().Split('.');
        var suffixLabels = PublicSuffixOf(asciiName).Split('.').Length;
        return labels.Length > suffixLabels ? Join(labels, labels.Length - suffixLabels - 1) : null;
    }

    public bool IsPublicSuffix(string asciiName) => RegistrableDomainOf(asciiName) is null;

    private static string Join(string[] labels, int from) => string.Join('.', labels, from, labels.Length - from);

    private static string ToAscii(string rule) =>
        rule.All(char.IsAscii) ? rule.ToLowerInvariant() : Idn.GetAscii(rule).ToLowerInvariant();

    private static PublicSuffixList LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
