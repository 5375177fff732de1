using UtmStudio.Features.Audit;

namespace UtmStudio.Features.Campaigns;

// Every campaign event names the campaign by id ("campaign" in the details), so its page can list its activity,
// and by name, so the entry still reads well after the campaign is deleted.

public sealed record CampaignCreated(Guid Campaign, string? Name, string? UtmCampaign) : IAuditEvent<CampaignCreated>
{
    public static string Action => "campaign.created";

    public AuditLine Describe(AuditPeople people) => new($"Created the campaign {Name}", $"utm_campaign={UtmCampaign}");
}

public sealed record CampaignUpdated(Guid Campaign, string? Name, IReadOnlyList<string>? Changed) : IAuditEvent<CampaignUpdated>
{
    public static string Action => "campaign.updated";

    public AuditLine Describe(AuditPeople people) =>
        new($"Edited the campaign {Name}", Changed is { Count: > 0 } ? "Changed " + string.Join(", ", Changed) : null);
}

public sealed record CampaignStatusChanged(Guid Campaign, string? Name, string? From, string? To) : IAuditEvent<CampaignStatusChanged>
{
    public static string Action => "campaign.status_changed";

    public AuditLine Describe(AuditPeople people) => new($"Moved the campaign {Name} to {To}", $"Was {From}");
}

public sealed record CampaignUtmCampaignChanged(Guid Campaign, string? Name, string? From, string? To, int LinksUpdated)
    : IAuditEvent<CampaignUtmCampaignChanged>
{
    public static string Action => "campaign.utm_campaign_changed";

    public AuditLine Describe(AuditPeople people) =>
        new($"Changed utm_campaign of {Name} to {To}",
            $"Was {From}; " + (LinksUpdated switch { 0 => "existing links keep the old value", 1 => "1 link updated", _ => $"{LinksUpdated} links updated" }));
}

public sealed record CampaignDeleted(Guid Campaign, string? Name, int Links) : IAuditEvent<CampaignDeleted>
{
    public static string Action => "campaign.deleted";

    public AuditLine Describe(AuditPeople people) =>
        new($"Deleted the campaign {Name}", Links == 1 ? "with its 1 link" : $"with its {Links} links");
}
