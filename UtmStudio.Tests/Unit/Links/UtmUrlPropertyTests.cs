using System.Text;
using CsCheck;
using UtmStudio.Features.Links.Composition;

namespace UtmStudio.Tests.Unit.Links;

/// <summary>
/// Thousands of generated landing pages and values: a link is either correct in every way a browser and an
/// analytics tool can see (checked with the test's own WHATWG readers, not with our parser), or refused for a
/// reason the test can name; parsing gives the values back; nothing throws.
/// </summary>
public sealed class UtmUrlPropertyTests
{
    private const long Iterations = 5000;

    private static readonly string[] Required = ["utm_source", "utm_medium", "utm_campaign"];

    [Fact]
    public void A_link_is_correct_on_the_domain_or_refused_for_a_reason_named_by_the_inputs()
    {
        var composedCount = 0;
        Gen.Select(LinkGenerators.Landing, LinkGenerators.Values).Sample((landing, values) =>
        {
            var composed = UtmUrlComposer.Compose(landing.Url, landing.Domain, values);
            var badValues = Named(values).Where(p => IsBadValue(p.Name, p.Value)).Select(p => p.Name).ToHashSet();
            if (composed.Url is not { } url)
            {
                // The landing page is valid by construction: only its length with the values may be refused.
                Assert.NotEmpty(composed.Problems);
                Assert.All(composed.Problems, p => Assert.True(p.Key == "url" ? p.Value.StartsWith("The link would be", StringComparison.Ordinal) : badValues.Contains(p.Key), p.Value));
                Assert.Subset(composed.Problems.Keys.ToHashSet(), badValues);
                return;
            }

            Interlocked.Increment(ref composedCount);
            Assert.Empty(badValues);
            Assert.True(BrowserHost.IsWebAddressOn(url, landing.Domain), url);
            Assert.InRange(url.Length, 1, UtmUrlComposer.MaxUrlLength);

            var read = UrlSearchParams.Parse(url);
            Assert.Equal(ExpectedTags(values), read.Where(p => IsUtmName(p.Name)));
            Assert.Equal(UrlSearchParams.Parse("?" + string.Join('&', landing.Kept)), read.Where(p => !IsUtmName(p.Name)));

            // As typed: the text before the query, the kept parameters first, then the tags, and the fragment last.
            var kept = string.Join('&', landing.Kept);
            Assert.StartsWith(landing.BeforeQuery + "?" + kept + (kept.Length > 0 ? "&" : ""), url, StringComparison.Ordinal);
            Assert.EndsWith(landing.Fragment, url, StringComparison.Ordinal);
            Assert.Equal(landing.Fragment.Length > 0 ? url.Length - landing.Fragment.Length : -1, url.IndexOf('#', StringComparison.Ordinal));

            Assert.Equal(url, UtmUrlComposer.Compose(url, landing.Domain, values).Url);
        }, iter: Iterations);

        Assert.True(composedCount > Iterations / 5, $"only {composedCount} of {Iterations} generated cases made a link");
    }

    [Fact]
    public void Parsing_a_composed_link_gives_back_the_values_and_the_landing_page()
    {
        Gen.Select(LinkGenerators.Landing, LinkGenerators.Values).Sample((landing, values) =>
        {
            if (UtmUrlComposer.Compose(landing.Url, landing.Domain, values).Url is not { } url)
            {
                return;
            }

            var parsed = UtmUrlParser.Parse(url);
            var kept = string.Join('&', landing.Kept);
            Assert.Equal(landing.BeforeQuery + (kept.Length > 0 ? "?" + kept : "") + landing.Fragment, parsed.LandingUrl);
            Assert.Equal(ExpectedFields(values), parsed.Fields);
            Assert.Equal(UrlSearchParams.Parse("?" + kept).Select(p => p.Name).Where(n => n.Length > 0).Distinct(), parsed.KeptParameters);
            Assert.Empty(parsed.Notes);
            Assert.Equal(url, UtmUrlComposer.Compose(parsed.LandingUrl, landing.Domain, parsed.Fields.ToValues()).Url);
        }, iter: Iterations);
    }

    private static readonly string[] AddressPieces =
    [
        "https://", "HTTP://", "javascript:", "data:", "acme.test", "ACME.TEST", "bücher", "xn--", "evil.test", ".", "/", "\\", "@", ":", ":8080",
        "?", "#", "&", "=", "%", "%5F", "%2E", "utm_source", "UTM_", "+", " ", "\t", "\u0000", "\uD800", "\uDC00", "🎉", "[", "]", "::1", "a", "1",
    ];

    /// <summary>Any text, text around "https://…acme.test…" that tries to look like it is on the domain, and near misses of real links.</summary>
    private static readonly Gen<string> AnyAddress = Gen.Frequency(
        (1, LinkGenerators.Pieces(0, 16, AddressPieces)),
        (1, Gen.Select(LinkGenerators.Pieces(0, 4, AddressPieces), LinkGenerators.Pieces(0, 8, AddressPieces), (before, after) => "https://" + before + "acme.test" + after)),
        (2, Gen.Select(
            Gen.OneOf("", "", "a.", "evil.test.", "a@", "xn--a.", "acme.test.", "ACME.test@"), Gen.OneOf("", "/", "?", "#", ":8080/", ".", "\\", "@"), LinkGenerators.Pieces(0, 8, AddressPieces),
            (before, separator, after) => "https://" + before + "acme.test" + separator + after)));

    [Fact]
    public void Nothing_throws_and_whatever_is_accepted_is_on_the_domain() =>
        Gen.Select(AnyAddress, LinkGenerators.Values).Sample((address, values) =>
        {
            if (UtmUrlComposer.Compose(address, "acme.test", values).Url is { } url)
            {
                Assert.True(BrowserHost.IsWebAddressOn(url, "acme.test"), url);
                Assert.Equal(ExpectedTags(values), UrlSearchParams.Parse(url).Where(p => IsUtmName(p.Name)));
                Assert.Equal(url, UtmUrlComposer.Compose(url, "acme.test", values).Url);
            }

            var parsed = UtmUrlParser.Parse(address);
            if (LooksLikeWebAddress(address))
            {
                Assert.DoesNotContain(UrlSearchParams.Parse(parsed.LandingUrl), p => IsUtmName(p.Name));
                Assert.Equal(parsed.LandingUrl, UtmUrlParser.Parse(parsed.LandingUrl).LandingUrl);
            }
            else
            {
                Assert.Equal((address.Trim(), UtmFields.None), (parsed.LandingUrl, parsed.Fields));
            }
        }, iter: Iterations);

    private static (string Name, string? Value)[] Named(UtmValues v) =>
    [
        ("utm_source", v.Source), ("utm_medium", v.Medium), ("utm_campaign", v.Campaign), ("utm_content", v.Content), ("utm_term", v.Term),
        ("utm_id", v.Id), ("utm_source_platform", v.SourcePlatform), ("utm_creative_format", v.CreativeFormat), ("utm_marketing_tactic", v.MarketingTactic),
    ];

    private static List<(string Name, string Value)> ExpectedTags(UtmValues values) =>
        Named(values).Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => (p.Name, p.Value!.Trim())).ToList();

    private static UtmFields ExpectedFields(UtmValues values)
    {
        var v = Named(values).Select(p => string.IsNullOrWhiteSpace(p.Value) ? null : p.Value.Trim()).ToArray();
        return new UtmFields(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]);
    }

    /// <summary>The schema's rules, restated: required, at most 100 Unicode characters, no control characters, whole characters only.</summary>
    private static bool IsBadValue(string name, string? value)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return Required.Contains(name);
        }

        var survivesUtf8 = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(trimmed)) == trimmed;
        return Encoding.UTF32.GetByteCount(trimmed) / 4 > 100 || trimmed.Any(char.IsControl) || !survivesUtf8;
    }

    private static bool IsUtmName(string name) => name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase);

    private static bool LooksLikeWebAddress(string text) =>
        text.Trim().StartsWith("http:", StringComparison.OrdinalIgnoreCase) || text.Trim().StartsWith("https:", StringComparison.OrdinalIgnoreCase);
}
