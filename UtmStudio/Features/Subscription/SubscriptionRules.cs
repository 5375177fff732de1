using UtmStudio.Data.Entities;

namespace UtmStudio.Features.Subscription;

public static class SubscriptionRules
{
    /// <summary>
    /// A trial past its end is inactive from that moment, even before the background job has written it
    /// down: this is the "check on use".
    /// </summary>
    public static SubscriptionStatus EffectiveStatus(Domain domain, DateTimeOffset now) =>
        domain.SubscriptionStatus == SubscriptionStatus.Trial && domain.TrialEndsAt is { } end && end <= now
            ? SubscriptionStatus.Inactive
            : domain.SubscriptionStatus;
}
