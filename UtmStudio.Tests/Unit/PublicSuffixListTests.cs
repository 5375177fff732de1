using System.Globalization;
using System.Text.RegularExpressions;
using UtmStudio.Features.Domains.Ownership;

namespace UtmStudio.Tests.Unit;

public sealed partial class PublicSuffixListTests
{
    private static readonly PublicSuffixList List = PublicSuffixList.Embedded;

    [Theory]
    [InlineData("co.uk", "co.uk", null)]
    [InlineData("example.co.uk", "co.uk", "example.co.uk")]
    [InlineData("shop.example.co.uk", "co.uk", "example.co.uk")]
    [InlineData("github.io", "github.io", null)]
    [InlineData("acme.github.io", "github.io", "acme.github.io")]
    [InlineData("com", "com", null)]
    [InlineData("acme.com", "com", "acme.com")]
    [InlineData("acme.test", "test", "acme.test")] // no rule: the default "*"
    [InlineData("foo.ck", "foo.ck", null)] // *.ck
    [InlineData("bar.foo.ck", "foo.ck", "bar.foo.ck")]
    [InlineData("www.ck", "ck", "www.ck")] // !www.ck
    [InlineData("shop.www.ck", "ck", "www.ck")]
    [InlineData("city.kawasaki.jp", "kawasaki.jp", "city.kawasaki.jp")] // !city.kawasaki.jp beats *.kawasaki.jp
    [InlineData("xn--bcher-kva.de", "de", "xn--bcher-kva.de")] // bücher.de
    [InlineData("xn--55qx5d.cn", "xn--55qx5d.cn", null)] // 公司.cn: a Unicode rule, read in its ASCII form
    [InlineData("acme.xn--55qx5d.cn", "xn--55qx5d.cn", "acme.xn--55qx5d.cn")]
    public void Rules_wildcards_and_exceptions(string name, string suffix, string? registrable)
    {
        Assert.Equal(suffix, List.PublicSuffixOf(name));
        Assert.Equal(registrable, List.RegistrableDomainOf(name));
        Assert.Equal(registrable is null, List.IsPublicSuffix(name));
    }

    [Fact]
    public void The_whole_list_is_loaded_from_the_embedded_file() => Assert.InRange(List.RuleCount, 9000, 20000);

    /// <summary>The list's own test table (tests/test_psl.txt): checkPublicSuffix(name, registrable part).</summary>
    [Fact]
    public void The_lists_own_test_table_passes()
    {
        var cases = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Unit", "Data", "test_psl.txt"))
            .Select(line => CheckLine().Match(line))
            .Where(match => match.Success)
            .Select(match => (Name: Literal(match.Groups[1].Value), Expected: Literal(match.Groups[2].Value)))
            .ToList();
        Assert.True(cases.Count > 70, $"only {cases.Count} cases were read");

        var failures = cases
            .Select(c => (c.Name, c.Expected, Actual: RegistrableOfTyped(c.Name)))
            .Where(c => c.Actual != ToAscii(c.Expected))
            .Select(c => $"{c.Name}: expected {c.Expected ?? "null"}, got {c.Actual ?? "null"}")
            .ToList();
        Assert.Empty(failures);
    }

    /// <summary>The table's inputs are raw (mixed case, Unicode, a leading dot); our names are normalized first.</summary>
    private static string? RegistrableOfTyped(string? name)
    {
        if (name is null || name.StartsWith('.'))
        {
            return null;
        }

        return ToAscii(name) is { } ascii ? List.RegistrableDomainOf(ascii) : null;
    }

    private static string? ToAscii(string? name)
    {
        try
        {
            return name is null ? null : new IdnMapping().GetAscii(name).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? Literal(string token) => token == "null" ? null : token.Trim('\'');

    [GeneratedRegex(@"^checkPublicSuffix\((null|'[^']*'),\s*(null|'[^']*')\);")]
    private static partial Regex CheckLine();
}
