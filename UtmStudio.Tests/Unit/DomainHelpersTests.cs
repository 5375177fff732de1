using UtmStudio.Data.Entities;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Subscription;
using UtmStudio.Features.Team;

namespace UtmStudio.Tests.Unit;

public sealed class DomainHelpersTests
{
    [Theory]
    [InlineData("d/acme.test", "acme.test", "")]
    [InlineData("d/acme.test/team", "acme.test", "team")]
    [InlineData("d/acme.test/settings?tab=1", "acme.test", "settings")]
    [InlineData("d/xn--bcher-kva.de/audit/", "xn--bcher-kva.de", "audit")]
    public void Domain_addresses_are_read_from_the_url(string path, string domain, string subPath)
    {
        Assert.True(DomainRoute.TryParse(path, out var parsedDomain, out var parsedSub));
        Assert.Equal((domain, subPath), (parsedDomain, parsedSub));
        Assert.Equal("/d/" + domain + (subPath.Length > 0 ? "/" + subPath : string.Empty), DomainRoute.For(domain, subPath));
    }

    [Theory]
    [InlineData("")]
    [InlineData("dashboard")]
    [InlineData("d/")]
    [InlineData("domains/acme.test")]
    public void Other_addresses_name_no_domain(string path) => Assert.False(DomainRoute.TryParse(path, out _, out _));

    [Theory]
    [InlineData("jane@acme.test", "acme.test")]
    [InlineData("jane@gmail.com", null)]
    [InlineData("jane@Outlook.com", null)]
    public void Public_mail_domains_are_never_suggested(string email, string? suggestion) =>
        Assert.Equal(suggestion, PublicMailProviders.CompanyDomainOf(email));

    [Theory]
    [InlineData("jane@acme.test", "ja…@acme.test")]
    [InlineData("jo@acme.test", "…@acme.test")]
    public void Invitation_emails_are_masked_for_other_accounts(string email, string masked) =>
        Assert.Equal(masked, InvitationLinks.MaskEmail(email));

    [Fact]
    public void Invitation_tokens_are_long_random_and_url_safe()
    {
        var tokens = Enumerable.Range(0, 50).Select(_ => InvitationLinks.NewToken()).ToList();

        Assert.Equal(50, tokens.Distinct().Count());
        Assert.All(tokens, t => Assert.Matches("^[A-Za-z0-9_-]{43}$", t));
    }

    [Fact]
    public void A_trial_past_its_end_is_inactive_before_any_job_runs()
    {
        var now = DateTimeOffset.UtcNow;
        var ended = new Domain { DomainName = "a.test", SubscriptionStatus = SubscriptionStatus.Trial, TrialEndsAt = now.AddMinutes(-1) };
        var running = new Domain { DomainName = "b.test", SubscriptionStatus = SubscriptionStatus.Trial, TrialEndsAt = now.AddDays(3) };
        var paid = new Domain { DomainName = "c.test", SubscriptionStatus = SubscriptionStatus.Active, TrialEndsAt = now.AddDays(-30) };

        Assert.Equal(SubscriptionStatus.Inactive, SubscriptionRules.EffectiveStatus(ended, now));
        Assert.Equal(SubscriptionStatus.Trial, SubscriptionRules.EffectiveStatus(running, now));
        Assert.Equal(SubscriptionStatus.Active, SubscriptionRules.EffectiveStatus(paid, now));
    }
}
