using Microsoft.EntityFrameworkCore;
using UtmStudio.Features.Shared;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;

namespace UtmStudio.Tests.Integration.Domains;

/// <summary>Issue 6: public suffixes and public mail services belong to nobody, so nobody can create them.</summary>
public sealed class UnclaimableDomainTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private readonly AppServices _app = new(database);

    [Theory]
    [InlineData("co.uk", "public suffix")]
    [InlineData("https://github.io/about", "public suffix")]
    [InlineData("ＧＩＴＨＵＢ．ＩＯ", "public suffix")]
    [InlineData("gmail.com", "public email service")]
    [InlineData("www.outlook.com", "public email service")]
    public async Task Creating_a_public_suffix_or_a_mail_service_is_refused(string typed, string reason)
    {
        var ada = await _app.SignInAsync(Unique.Email("ada"));

        var refusal = await Assert.ThrowsAsync<RuleProblem>(() => _app.Domains.CreateAsync(Person(ada), typed, AppServices.None));

        Assert.Equal(ErrorCodes.DomainNotClaimable, refusal.Code);
        Assert.Contains(reason, refusal.Message, StringComparison.Ordinal);
        await using var db = database.CreateOwnerContext();
        Assert.False(await db.Memberships.AnyAsync(m => m.UserId == ada));
    }

    [Fact]
    public async Task A_subdomain_of_an_ordinary_domain_and_a_name_under_a_public_suffix_can_be_created()
    {
        var ada = await _app.SignInAsync(Unique.Email("ada"));
        var shop = "shop." + Unique.Domain("acme");
        var pages = Unique.Domain("acme").Replace(".test", ".github.io", StringComparison.Ordinal);

        Assert.Equal(shop, (await _app.Domains.CreateAsync(Person(ada), shop, AppServices.None)).Name);
        Assert.Equal(pages, (await _app.Domains.CreateAsync(Person(ada), pages, AppServices.None)).Name);
    }
}
