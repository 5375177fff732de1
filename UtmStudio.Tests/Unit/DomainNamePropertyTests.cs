using CsCheck;
using UtmStudio.Features.Domains;

namespace UtmStudio.Tests.Unit;

/// <summary>
/// One normaliser for input, storage and routes: random inputs over an alphabet of everything people (and
/// attackers) type — fullwidth forms, ideographic dots, invisible characters, case, schemes, ports, "www." —
/// must never give two answers for one name.
/// </summary>
public sealed class DomainNamePropertyTests
{
    private const long Iterations = 3000;

    private static readonly string[] Pieces =
    [
        "a", "B", "z", "0", "9", "-", ".", "www.", "WWW.", "ｗｗｗ．", "w\u00ADww.", "https://", "HTTP://", "ftp://", "/", "?", "#", ":", "@",
        ":8080", "ａ", "Ｚ", "０", "．", "。", "｡", "\u00AD", "\u200B", "\u3000", " ", "ü", "Ü", "ß", "İ", "ℌ", "ﬁ", "_", "xn--", "xn--bcher-kva",
        "[", "]", "1.2.3.4", "test", "co.uk", "com", "\uFF0F", "\uFF1A", "\uFF20", "\u200D", "ς",
    ];

    private static readonly Gen<string> NastyInput =
        Gen.OneOf(Pieces).Array[1, 14].Select(parts => string.Concat(parts));

    [Fact]
    public void Normalising_twice_changes_nothing() =>
        NastyInput.Sample(input =>
        {
            var once = DomainName.Normalize(input);
            if (!once.IsValid)
            {
                return;
            }

            var twice = DomainName.Normalize(once.Value);
            Assert.Equal(once.Value, twice.Value);
            Assert.Empty(twice.Notices);
        }, iter: Iterations);

    [Fact]
    public void A_route_names_the_domain_its_name_normalises_to() =>
        NastyInput.Sample(input =>
        {
            var stored = DomainName.Normalize(input).Value;
            if (stored is null || !DomainRoute.TryParse(DomainRoute.For(input, "team").TrimStart('/'), out var routed, out var subPath))
            {
                return;
            }

            // The page the address opens is the stored name's page, and its links point at the stored name.
            Assert.Equal((stored, "team"), (routed, subPath));
            Assert.True(DomainName.Same(stored, input));
        }, iter: Iterations);

    private static readonly Gen<string> Label =
        Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789üéß"].Array[1, 10]
            .Select(chars => new string(chars))
            .Where(label => label != "www"); // "www.test" is test's site, not a name of its own

    // Not a name that is itself a public suffix (4u.com, co.com … are, in the list's private section): before one of
    // those, "www" is the registered name and is kept on purpose (www.4u.com is not 4u.com).
    private static readonly Gen<string> RegistrableName =
        Gen.Select(Label.Array[1, 3], Gen.OneOf("test", "com", "co.uk", "de", "example"),
            (labels, suffix) => string.Join('.', labels) + "." + suffix)
            .Where(name => !UtmStudio.Features.Domains.Ownership.PublicSuffixList.Embedded.IsPublicSuffix(name));

    /// <summary>What people do to a name without meaning another one: letters, dots, "www.", a trailing dot, a link around it.</summary>
    private static readonly Gen<Func<string, string>> Letters = Gen.OneOf<Func<string, string>>(
        s => s,
        s => s.ToUpperInvariant(),
        s => string.Concat(s.Select(c => char.IsAsciiLetterOrDigit(c) ? (char)(c - 0x20 + 0xFF00) : c)), // fullwidth
        s => string.Concat(s.Select((c, i) => i % 2 == 0 ? char.ToUpperInvariant(c) : c)),
        s => s.Insert(1, "\u00AD")); // an invisible soft hyphen

    private static readonly Gen<string> Dot = Gen.OneOf(".", "．", "。", "｡");

    private static readonly Gen<string> Www = Gen.OneOf("", "www.", "WWW.", "ｗｗｗ．", "ＷＷＷ。", "w\u00ADww.", "www.www.");

    private static readonly Gen<string> TrailingDot = Gen.OneOf("", ".", "。");

    private static readonly Gen<Func<string, string>> Around = Gen.OneOf<Func<string, string>>(
        s => s,
        s => "https://" + s + "/pricing?utm_source=x#top",
        s => "HTTP://" + s,
        s => "ｈｔｔｐｓ：／／" + s + "／",
        s => "  " + s + "\u3000"); // pasted with the spaces around it

    [Fact]
    public void Fullwidth_uppercase_trailing_dot_and_www_variants_of_one_name_agree() =>
        Gen.Select(RegistrableName, Letters, Dot, Www, TrailingDot, Around).Sample((name, letters, dot, www, trailing, around) =>
        {
            var expected = DomainName.Normalize(name).Value;
            Assert.NotNull(expected);
            var variant = around(www + letters(name).Replace(".", dot) + trailing);

            Assert.True(expected == DomainName.Normalize(variant).Value, $"\"{variant}\" gave {DomainName.Normalize(variant).Error}");
            Assert.True(DomainRoute.TryParse(DomainRoute.For(variant).TrimStart('/'), out var routed, out _));
            Assert.Equal(expected, routed);
        }, iter: Iterations);
}
