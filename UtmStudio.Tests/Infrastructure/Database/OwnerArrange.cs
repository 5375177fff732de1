using UtmStudio.Data.Entities;

namespace UtmStudio.Tests.Infrastructure.Database;

/// <summary>Rows no service writes yet (campaigns, links), inserted as the owner to arrange a test.</summary>
internal static class OwnerArrange
{
    public static async Task<(Guid CampaignId, Guid LinkId)> InsertCampaignWithLinkAsync(this TestDatabase database, Guid domainId, Guid createdBy)
    {
        await using var db = database.CreateOwnerContext();
        var campaign = new Campaign { Name = "Spring sale", Source = "newsletter", Objective = "sales", UtmCampaign = "spring", DomainId = domainId, CreatedBy = createdBy };
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync();
        var link = new Link
        {
            CampaignId = campaign.Id, DomainId = domainId, UtmSource = "newsletter", UtmMedium = "email", UtmCampaign = "spring",
            FullUrl = "https://example.test/?utm_source=newsletter&utm_medium=email&utm_campaign=spring", CreatedBy = createdBy,
        };
        db.Links.Add(link);
        await db.SaveChangesAsync();
        return (campaign.Id, link.Id);
    }
}
