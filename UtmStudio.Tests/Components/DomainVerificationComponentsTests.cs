using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MudBlazor;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Domains.Verification;
using UtmStudio.Features.Subscription;
using UtmStudio.Identity;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Dns;
using UtmStudio.Tests.Infrastructure.Services;

namespace UtmStudio.Tests.Components;

/// <summary>The unverified banner, the settings card that verifies, and the operator's reassign dialog.</summary>
public sealed class DomainVerificationComponentsTests : MudTestBase, IClassFixture<TestDatabase>, IClassFixture<LoopbackDnsServer>
{
    private readonly AppServices _app;
    private readonly LoopbackDnsServer _dns;

    public DomainVerificationComponentsTests(TestDatabase database, LoopbackDnsServer dns)
    {
        _dns = dns;
        _app = new AppServices(database);
        AddAppServices(database);
        Services.AddSingleton(new DnsTxtVerifier(
            Options.Create(new DnsOptions { NameServers = [_dns.Address], Timeout = TimeSpan.FromSeconds(10), Retries = 0 }), // answers at once; a tight deadline only fails busy machines
            NullLogger<DnsTxtVerifier>.Instance));
        Services.AddScoped<DomainVerificationService>();
        Services.AddScoped<OperatorOwnershipService>();
    }

    [Fact]
    public async Task An_unverified_domain_shows_a_banner_with_the_way_to_verify_on_its_pages_in_any_form_of_its_address()
    {
        var (ada, name) = await SignUpAsync(verified: false);
        SignInAs(ada);
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/d/WWW.{name.ToUpperInvariant()}/team");

        var banner = RenderInteractive<UnverifiedBanner>();

        banner.WaitForAssertion(() => Assert.Contains($"{name} is not verified yet", banner.Find("[data-testid=unverified-banner]").TextContent, StringComparison.Ordinal));
        Assert.Contains("short links will redirect once", banner.Markup, StringComparison.Ordinal);
        Assert.Equal($"/d/{name}/settings#verification", banner.Find("[data-testid=unverified-banner-verify]").GetAttribute("href"));
    }

    [Fact]
    public async Task A_verified_domain_shows_no_banner()
    {
        var (ada, name) = await SignUpAsync(verified: true);
        SignInAs(ada);
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/d/{name}");

        var banner = RenderInteractive<UnverifiedBanner>();

        Assert.Empty(banner.FindAll("[data-testid=unverified-banner]"));
    }

    [Fact]
    public async Task A_manager_copies_the_record_and_check_now_verifies_once_it_is_published()
    {
        var (ada, name) = await SignUpAsync(verified: false);
        SignInAs(ada);
        var settings = await _app.Domains.GetSettingsAsync(Person(ada), name, AppServices.None);
        var card = RenderInteractive<VerificationCard>(p => p.Add(c => c.Settings, settings));

        Assert.Equal($"_utmstudio.{name}", card.Find("[data-testid=verification-record-name]").TextContent);
        Assert.Equal(settings.Verification.RecordValue, card.Find("[data-testid=verification-record-value]").TextContent);
        Assert.NotNull(card.Find("button[aria-label='Copy the record name']"));
        Assert.NotNull(card.Find("button[aria-label='Copy the record value']"));

        await card.Find("[data-testid=verification-check]").ClickAsync(new());
        card.WaitForAssertion(() => Assert.Contains("does not exist in DNS yet", card.Find("[data-testid=verification-result]").TextContent, StringComparison.Ordinal));
        Assert.Equal("Unverified", card.Find("[data-testid=verification-chip]").TextContent.Trim());

        _dns.SetTxt($"_utmstudio.{name}", settings.Verification.RecordValue!);
        await card.Find("[data-testid=verification-check]").ClickAsync(new());

        card.WaitForAssertion(() => Assert.Equal("Verified by DNS", card.Find("[data-testid=verification-chip]").TextContent.Trim()));
        Assert.Contains("verified by its DNS record", card.Find("[data-testid=verification-status]").TextContent, StringComparison.Ordinal);
        Assert.Empty(card.FindAll("[data-testid=verification-check]"));
    }

    [Fact]
    public async Task A_team_member_sees_the_status_but_not_the_secret_value_nor_the_check()
    {
        var (ada, name) = await SignUpAsync(verified: false);
        var tom = await _app.AddMemberAsync(ada, name, Unique.Email("tom"));
        SignInAs(tom);
        var settings = await _app.Domains.GetSettingsAsync(Person(tom), name, AppServices.None);

        var card = RenderInteractive<VerificationCard>(p => p.Add(c => c.Settings, settings));

        Assert.Empty(card.FindAll("[data-testid=verification-record-value]"));
        Assert.Empty(card.FindAll("[data-testid=verification-check]"));
        Assert.Contains("Ask one of them", card.Find("[data-testid=verification-ask-manager]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reassign_dialog_says_what_happens_to_the_team_and_explains_an_unknown_account()
    {
        var (ada, name) = await SignUpAsync(verified: false);
        var ops = await _app.SignInAsync(Unique.Email("ops"));
        var row = new OperatorDomainRow(Guid.Empty, name, Data.Entities.SubscriptionStatus.Trial, Data.Entities.SubscriptionStatus.Trial,
            null, 3, "claimant@example.test", null);
        row = row with { Id = (await _app.Domains.GetSettingsAsync(Person(ada), name, AppServices.None)).Id };
        var provider = RenderInteractive<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();

        await provider.InvokeAsync(() => dialogs.ShowAsync<OperatorReassignDialog>($"Reassign {name}",
            new DialogParameters<OperatorReassignDialog> { { d => d.Row, row }, { d => d.Caller, Operator(ops) } }));

        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("[data-testid=reassign-dialog]")));
        var consequences = provider.Find("[data-testid=reassign-consequences]").TextContent;
        Assert.Contains("3 people", consequences, StringComparison.Ordinal);
        Assert.Contains("claimant@example.test", consequences, StringComparison.Ordinal);
        Assert.Contains("loses access", consequences, StringComparison.Ordinal);
        Assert.Contains("audit log", consequences, StringComparison.Ordinal);
        Assert.True(provider.Find("[data-testid=reassign-confirm]").HasAttribute("disabled"));

        await provider.Find("input[data-testid=reassign-email]").InputAsync(new() { Value = "nobody@nowhere.test" });
        await provider.Find("form#reassign-form").SubmitAsync();

        provider.WaitForAssertion(() => Assert.Contains("No account uses nobody@nowhere.test", provider.Find("[data-testid=reassign-error]").TextContent, StringComparison.Ordinal));
    }

    private async Task<(Guid User, string Name)> SignUpAsync(bool verified)
    {
        var name = Unique.Domain("acme");
        var user = await _app.SignUpAsync(verified ? Unique.Email("ada", name) : Unique.Email("ada"), name);
        return (user, name);
    }

    private void SignInAs(Guid userId) =>
        AddAuthorization().SetAuthorized("someone").SetClaims(new Claim(AppClaims.UserId, userId.ToString()));
}
