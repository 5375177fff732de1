using UtmStudio.Features.Domains.Ownership;

namespace UtmStudio.Tests.Unit;

public sealed class DomainClaimsTests
{
    [Theory]
    [InlineData("co.uk", "public suffix")]
    [InlineData("github.io", "public suffix")]
    [InlineData("foo.ck", "public suffix")]
    [InlineData("gmail.com", "public email service")]
    [InlineData("mail.gmail.com", "public email service")]
    [InlineData("ＧＭＡＩＬ．ｃｏｍ", "public email service")]
    [InlineData("https://www.gmail.com/inbox", "public email service")]
    public void Names_that_belong_to_nobody_cannot_be_claimed(string typed, string reason)
    {
        var result = DomainClaims.NormalizeNew(typed);

        Assert.Null(result.Value);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("example.co.uk")]
    [InlineData("shop.acme.test")]
    [InlineData("acme.github.io")]
    [InlineData("bücher.de")]
    [InlineData("www.ck")]
    [InlineData("acme.com")]
    public void Registrable_names_and_their_subdomains_can_be_claimed(string typed) =>
        Assert.NotNull(DomainClaims.NormalizeNew(typed).Value);

    [Fact]
    public void The_refusal_names_what_to_enter_instead() =>
        Assert.Contains("like acme.co.uk", DomainClaims.WhyNotClaimable("co.uk"), StringComparison.Ordinal);
}
