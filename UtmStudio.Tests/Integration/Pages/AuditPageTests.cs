using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using UtmStudio.Features.Audit;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Shared;
using UtmStudio.Features.Subscription;
using UtmStudio.Identity;
using UtmStudio.Tests.Components;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Audit;

namespace UtmStudio.Tests.Integration.Pages;

/// <summary>
/// The audit page over the real services and database: the filter comes from the address, "Load older" appends the
/// next page, a filter change navigates, and an address with filters that make no sense says why.
/// </summary>
public sealed class AuditPageTests(TestDatabase database) : MudTestBase, IClassFixture<TestDatabase>
{
    private readonly AppServices _app = new(database);

    [Fact]
    public async Task The_address_filters_the_log_and_load_older_appends_the_next_page()
    {
        var domain = await AuditDomain.CreateAsync(_app, database);
        await database.RecordAuditAsync(domain.Id, AuditDomain.Minutes(70, AuditDomain.Noon, domain.Ada, DomainSettingsChanged.Action));
        await database.RecordAuditAsync(domain.Id, AuditDomain.Minutes(5, AuditDomain.Noon.AddDays(-1), null, TrialExpired.Action));

        var page = Open(domain, $"?kind=domain.settings_changed&actor={domain.Ada}");
        page.WaitForAssertion(() => Assert.Equal(50, page.FindAll("[data-testid=audit-what]").Count), TimeSpan.FromSeconds(10));
        Assert.All(page.FindAll("[data-testid=audit-what]"), e => Assert.Equal("Changed the domain settings", e.TextContent));
        Assert.Equal("Showing the newest 50 matching entries.", page.Find("[data-testid=audit-count]").TextContent);

        await page.Find("button[data-testid=audit-load-older]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Equal(70, page.FindAll("[data-testid=audit-what]").Count), TimeSpan.FromSeconds(10));
        Assert.Equal("All 70 matching entries.", page.Find("[data-testid=audit-count]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=audit-load-older]"));
    }

    [Fact]
    public async Task Clearing_the_filter_changes_the_address_and_shows_the_whole_log()
    {
        var domain = await AuditDomain.CreateAsync(_app, database, emptyLog: false);
        var page = Open(domain, "?kind=subscription");
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=audit-no-matches]")), TimeSpan.FromSeconds(10));

        await page.Find("[data-testid=audit-clear-empty]").ClickAsync(new());

        Assert.EndsWith($"/d/{domain.Name}/audit", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=audit-what]").Count), TimeSpan.FromSeconds(10));
    }

    [Theory]
    [InlineData("?kind=member.exploded", "is not a kind of audit event")]
    [InlineData("?from=2026-13-01", "is not a date")]
    [InlineData("?from=2026-03-05&to=2026-03-01", "start date is after the end date")]
    [InlineData("?actor=00000000-0000-0000-0000-000000000001", "not a member of this domain")]
    public async Task An_address_with_filters_that_make_no_sense_says_why_and_offers_to_clear_them(string query, string reason)
    {
        var domain = await AuditDomain.CreateAsync(_app, database, emptyLog: false);

        var page = Open(domain, query);

        page.WaitForAssertion(() => Assert.Contains(reason, page.Find("[data-testid=audit-invalid]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.NotNull(page.Find("[data-testid=audit-filters]"));
        Assert.Empty(page.FindAll("[data-testid=audit-table]"));
        await page.Find("[data-testid=audit-invalid-clear]").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=audit-what]").Count), TimeSpan.FromSeconds(10));
    }

    private IRenderedComponent<AuditPage> Open(AuditDomain domain, string query)
    {
        var email = Unique.Email("ada", domain.Name);
        AddAuthorization().SetAuthorized(email).SetClaims(
            new Claim(AppClaims.UserId, domain.Ada.ToString()), new Claim(AppClaims.Email, email), new Claim(AppClaims.EmailVerified, "true"),
            new Claim(AppClaims.Operator, "false"));
        Services.AddSingleton(database.AppFactory);
        Services.AddSingleton(TimeProvider.System);
        Services.AddOptions();
        Services.Configure<SubscriptionOptions>(_ => { });
        Services.AddScoped<AuditService>().AddScoped<UserDomains>().AddScoped<DomainService>().AddScoped<CurrentUser>();
        Services.AddSingleton(NullLoggerFactory.Instance);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/d/{domain.Name}/audit{query}");
        return Render<AuditPage>(p => p.Add(a => a.Domain, domain.Name));
    }
}
