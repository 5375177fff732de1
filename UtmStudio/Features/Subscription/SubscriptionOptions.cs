namespace UtmStudio.Features.Subscription;

/// <summary>Bound from "Subscription".</summary>
public sealed class SubscriptionOptions
{
    public const string Section = "Subscription";

    public int TrialDays { get; set; } = 14;

    /// <summary>Emails of the people who run this instance: they see the operator page.</summary>
    public List<string> OperatorEmails { get; set; } = [];

    public TimeSpan TrialCheckInterval { get; set; } = TimeSpan.FromHours(1);
}
