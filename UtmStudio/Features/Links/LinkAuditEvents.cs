using UtmStudio.Features.Audit;

namespace UtmStudio.Features.Links;

// Every link event names its campaign by id ("campaign"), so the campaign page lists it in its activity, and the
// link by id and URL, so the entry still reads well after the link is deleted.

public sealed record LinkCreated(Guid Link, Guid Campaign, string? CampaignName, string? FullUrl) : IAuditEvent<LinkCreated>
{
    public static string Action => "link.created";

    public AuditLine Describe(AuditPeople people) => new($"Created a link in {CampaignName}", FullUrl);
}

public sealed record LinkUpdated(Guid Link, Guid Campaign, string? CampaignName, string? From, string? To) : IAuditEvent<LinkUpdated>
{
    public static string Action => "link.updated";

    public AuditLine Describe(AuditPeople people) =>
        new($"Edited a link in {CampaignName}", From == To ? "The URL stayed the same" : $"Now {To} (was {From})");
}

public sealed record LinkDeleted(Guid Link, Guid Campaign, string? CampaignName, string? FullUrl) : IAuditEvent<LinkDeleted>
{
    public static string Action => "link.deleted";

    public AuditLine Describe(AuditPeople people) => new($"Deleted a link of {CampaignName}", FullUrl);
}

public sealed record LinksImported(Guid? Campaign, string? CampaignName, int Created, int Duplicates, int Rejected) : IAuditEvent<LinksImported>
{
    public static string Action => "link.imported";

    public AuditLine Describe(AuditPeople people) =>
        new($"Imported {Created} link{(Created == 1 ? "" : "s")}" + (CampaignName is null ? "" : $" into {CampaignName}"),
            $"{Duplicates} skipped as duplicates, {Rejected} rejected");
}
