using CsCheck;
using UtmStudio.Features.Links.Composition;

namespace UtmStudio.Tests.Unit.Links;

/// <summary>
/// A landing page on the domain as a person might paste it, with the parts the composer must keep: the text
/// before the query, the query's pieces (other parameters, old utm_* ones in any spelling, empty pieces) and the
/// fragment.
/// </summary>
internal sealed record GeneratedLanding(string Domain, string BeforeQuery, IReadOnlyList<(string Text, bool Kept)> Query, bool BareQuestionMark, string Fragment)
{
    public string Url => BeforeQuery + (Query.Count > 0 || BareQuestionMark ? "?" + string.Join('&', Query.Select(q => q.Text)) : "") + Fragment;

    public IReadOnlyList<string> Kept => Query.Where(q => q.Kept).Select(q => q.Text).ToList();

    public override string ToString() => $"{Url} (domain {Domain})";
}

/// <summary>Generators for the composition and parsing properties: nasty, but valid where they say so.</summary>
internal static class LinkGenerators
{
    public static Gen<string> Pieces(int min, int max, params string[] pieces) =>
        Gen.OneOf(pieces).Array[min, max].Select(string.Concat);

    /// <summary>(domain as stored or typed by a manager, host as written in the link): the same name in other forms.</summary>
    private static readonly Gen<(string Domain, string Host)> DomainAndHost = Gen.OneOf(
        ("acme.test", "acme.test"), ("acme.test", "ACME.TEST"), ("acme.test", "Acme.Test"), ("acme.test", "ａｃｍｅ.test"),
        ("xn--bcher-kva.test", "bücher.test"), ("xn--bcher-kva.test", "BÜCHER.test"), ("xn--bcher-kva.test", "xn--bcher-kva.test"),
        ("bücher.test", "XN--BCHER-KVA.test"), ("bücher.test", "bücher.test"));

    private static readonly Gen<string> AsciiLabel = Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"].Array[1, 8].Select(c => new string(c));

    private static readonly Gen<string> Label = Gen.Frequency(
        (4, AsciiLabel),
        (2, Gen.Select(AsciiLabel, AsciiLabel, (a, b) => a + "-" + b)),
        (1, Gen.OneOf("café", "WWW", "www", "Shop", "0")));

    private static readonly Gen<string> Path =
        Pieces(0, 6, "a", "Z", "0", "-", ".", "_", "~", "!", "$", "'", "(", ")", "*", ",", ";", "=", ":", "@", "é", "☕", "%20", "%2F", "%", "+", "%zz")
            .Array[0, 4].Select(segments => string.Concat(segments.Select(s => "/" + s)));

    private static readonly Gen<string> BeforeQuery = Gen.Select(
        Gen.OneOf("https://", "http://", "HTTPS://", "Http://"), Label.Array[0, 3], Gen.OneOf("", "."), Gen.OneOf("", "", ":8080", ":443", ":1"), Path,
        (scheme, labels, dot, port, path) => scheme + string.Concat(labels.Select(l => l + ".")) + "{host}" + dot + port + path);

    private static readonly Gen<string> KeptParameter = Gen.Frequency(
        (12, Gen.Select(
            Pieces(1, 4, "a", "B", "z", "9", "-", ".", "_", "~", "%20", "+", "%", "é", "☕", ";", ":", "/", "?", "@", "%3D", "%26", "id", "ref", "utm", "u"),
            Gen.Frequency((1, Gen.Const("")), (4, Pieces(0, 5, "a", "Z", "0", "=", "?", "/", "%", "%zz", "+", "%2B", "%25", "%26", "%23", "é", "☕", ";", "utm_source=x").Select(v => "=" + v))),
            (name, value) => name + value)),
        (1, Gen.Const("=v")))
        .Where(p => !UrlSearchParams.Parse("?" + p)[0].Name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase));

    private static readonly Gen<string> OldUtmParameter = Gen.OneOf(
        "utm_source=old", "UTM_Medium=x", "utm%5Fcampaign=y", "%75tm_term", "utm_foo=bar", "Utm_Id=1", "utm_source=", "utm_content=a+b%20c", "utm_marketing_tactic=%zz");

    private static readonly Gen<(string, bool)> QueryPiece = Gen.Frequency(
        (5, KeptParameter.Select(p => (p, true))),
        (2, OldUtmParameter.Select(p => (p, false))),
        (1, Gen.Const(("", false))));

    private static readonly Gen<string> Fragment = Gen.Frequency(
        (1, Gen.Const("")),
        (1, Pieces(0, 5, "a", "?", "&", "=", "#", "%", "/", "utm_source=old", "é", "+", ":", "\\").Select(f => "#" + f)));

    public static readonly Gen<GeneratedLanding> Landing = Gen.Select(DomainAndHost, BeforeQuery, QueryPiece.Array[0, 5], Gen.Bool, Fragment,
        (domain, before, query, bare, fragment) => new GeneratedLanding(domain.Domain, before.Replace("{host}", domain.Host, StringComparison.Ordinal), query, bare, fragment));

    /// <summary>Any text a field may get: separators, escapes, emoji, CJK, blanks, any UTF-16 unit (controls, lone surrogates), long runs.</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
        (12, Pieces(0, 12, " ", "a", "Z", "9", "&", "=", "#", "+", "%", "%20", "/", "?", ";", "é", "春", "🎉", "\u00a0", "\u3000", "-", "_", ".", "~", "'", "\"", "\\")),
        (2, Gen.Char.Array[0, 8].Select(c => new string(c))),
        (1, Gen.OneOf("", " ", "\t", "\u3000", "\n")),
        (1, Gen.Select(Gen.Int[95, 105], Gen.OneOf("a", "🎉", "春"), (n, c) => string.Concat(Enumerable.Repeat(c, n)))));

    private static readonly Gen<string?> OptionalText = Gen.Frequency((2, Text.Select(t => (string?)t)), (1, Gen.Const((string?)null)));

    public static readonly Gen<UtmValues> Values = Gen.Select(Text, Text, Text, OptionalText.Array[6],
        (source, medium, campaign, o) => new UtmValues(source, medium, campaign, o[0], o[1], o[2], o[3], o[4], o[5]));
}
