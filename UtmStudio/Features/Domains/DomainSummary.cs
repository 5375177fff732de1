using UtmStudio.Data.Entities;
using UtmStudio.Features.Domains.Verification;

namespace UtmStudio.Features.Domains;

/// <summary>A domain in the switcher: its name and the user's role in it. An unverified domain plans and builds
/// links, but its short links do not redirect until its ownership is shown.</summary>
public sealed record DomainSummary(Guid Id, string Name, MemberRole Role, SubscriptionStatus Status, bool IsSignupDomain, bool IsVerified);

/// <summary>The settings page's view of a domain.</summary>
public sealed record DomainSettings(
    Guid Id,
    string Name,
    MemberRole Role,
    SubscriptionStatus Status,
    DateTimeOffset? TrialEndsAt,
    int DefaultRedirectType,
    bool IsSomeonesSignupDomain,
    DateTimeOffset? CreatedAt,
    DomainVerificationView Verification,
    bool ForwardQueryParameters = true,
    bool QueryOverridesUtm = false)
{
    public bool IsVerified => Verification.IsVerified;
}

/// <summary>Settings to change at once; null leaves one as it is.</summary>
/// <param name="RedirectType">302, 301, 307 or 308.</param>
/// <param name="QueryOverridesUtm">Only while query parameters are forwarded (true without forwarding is refused).</param>
public sealed record DomainSettingsChange(int? RedirectType = null, bool? ForwardQueryParameters = null, bool? QueryOverridesUtm = null);
