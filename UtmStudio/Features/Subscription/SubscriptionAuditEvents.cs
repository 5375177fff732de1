using UtmStudio.Features.Audit;

namespace UtmStudio.Features.Subscription;

public sealed record SubscriptionChanged(string? Before, string? After) : IAuditEvent<SubscriptionChanged>
{
    public static string Action => "subscription.changed";

    public AuditLine Describe(AuditPeople people) =>
        new($"Changed the subscription from {Status(Before)} to {Status(After)}");

    private static string Status(string? status) => status?.ToLowerInvariant() ?? "unknown";
}

public sealed record TrialExpired(DateTimeOffset? TrialEndedAt) : IAuditEvent<TrialExpired>
{
    public static string Action => "subscription.trial_expired";

    public AuditLine Describe(AuditPeople people) => new("The trial ended, so the domain became inactive (read-only)");
}
