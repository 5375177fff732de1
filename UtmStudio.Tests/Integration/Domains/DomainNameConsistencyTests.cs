using Microsoft.EntityFrameworkCore;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Shared;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;

namespace UtmStudio.Tests.Integration.Domains;

/// <summary>
/// Issue 6: "ｗｗｗ.x.test" was stored as "www.x.test" while /d/www.x.test opened x.test. Every form of one
/// name is one stored domain and one page.
/// </summary>
public sealed class DomainNameConsistencyTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private readonly AppServices _app = new(database);

    private static IEnumerable<string> FormsOf(string name) =>
    [
        name, name.ToUpperInvariant(), "www." + name, "ＷＷＷ．" + Fullwidth(name), Fullwidth(name).Replace('．', '。'),
        name + ".", "https://www." + name + "/pricing", "w\u00ADww." + name,
    ];

    [Fact]
    public async Task A_fullwidth_www_name_is_stored_as_the_name_its_address_opens()
    {
        var name = Unique.Domain("fullwidth");
        var ada = await _app.SignInAsync(Unique.Email("ada"));

        var created = await _app.Domains.CreateAsync(Person(ada), "ｗｗｗ．" + Fullwidth(name), AppServices.None);

        Assert.Equal(name, created.Name);
        await using var db = database.CreateOwnerContext();
        Assert.Equal([name], await db.Domains.Where(d => d.Id == created.Id).Select(d => d.DomainName).ToListAsync());
        foreach (var form in FormsOf(name))
        {
            Assert.True(DomainRoute.TryParse(DomainRoute.For(form, "settings").TrimStart('/'), out var routed, out _));
            var settings = await _app.Domains.GetSettingsAsync(Person(ada), routed, AppServices.None);
            Assert.Equal((created.Id, name), (settings.Id, settings.Name));
            Assert.Equal(created.Id, (await _app.Domains.GetSettingsAsync(Person(ada), form, AppServices.None)).Id);
        }
    }

    [Fact]
    public async Task Any_form_of_an_existing_name_is_the_same_domain_and_cannot_be_created_again()
    {
        var name = Unique.Domain("taken");
        await _app.SignUpAsync(Unique.Email("ada"), name);

        foreach (var form in FormsOf(name))
        {
            var bob = await _app.SignInAsync(Unique.Email("bob"));
            var refusal = await Assert.ThrowsAsync<RuleProblem>(() => _app.Domains.CreateAsync(Person(bob), form, AppServices.None));
            Assert.Equal(ErrorCodes.DomainTaken, refusal.Code);
        }

        await using var db = database.CreateOwnerContext();
        Assert.Equal(1, await db.Domains.CountAsync(d => d.DomainName.EndsWith(name)));
    }

    private static string Fullwidth(string text) =>
        string.Concat(text.Select(c => char.IsAsciiLetterOrDigit(c) ? (char)(c - 0x20 + 0xFF00) : c == '.' ? '．' : c));
}
