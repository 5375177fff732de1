using UtmStudio.Data.Entities;

namespace UtmStudio.Features.Domains;

/// <summary>A domain in the switcher: its name and the user's role in it.</summary>
public sealed record DomainSummary(Guid Id, string Name, MemberRole Role, SubscriptionStatus Status, bool IsSignupDomain);

/// <summary>The settings page's view of a domain.</summary>
public sealed record DomainSettings(
    Guid Id,
    string Name,
    MemberRole Role,
    SubscriptionStatus Status,
    DateTimeOffset? TrialEndsAt,
    int DefaultRedirectType,
    bool IsSomeonesSignupDomain,
    DateTimeOffset? CreatedAt);
