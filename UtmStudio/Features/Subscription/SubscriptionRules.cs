using UtmStudio.Data.Entities;

namespace UtmStudio.Features.Subscription;

public static class SubscriptionRules
{
    /// <summary>
    /// A trial past its end is inactive from that moment, even before the background job has written it
    /// down: this is the "check on use".
    /// </summary>
    public static SubscriptionStatus EffectiveStatus(Domain domain, DateTimeOffset now) =>
        EffectiveStatus(domain.SubscriptionStatus, domain.TrialEndsAt, now);

    public static SubscriptionStatus EffectiveStatus(SubscriptionStatus stored, DateTimeOffset? trialEndsAt, DateTimeOffset now) =>
        stored == SubscriptionStatus.Trial && trialEndsAt is { } end && end <= now ? SubscriptionStatus.Inactive : stored;
}
