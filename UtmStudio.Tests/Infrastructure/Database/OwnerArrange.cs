using UtmStudio.Data.Entities;

namespace UtmStudio.Tests.Infrastructure.Database;

/// <summary>A campaign with a link, and a link template, inserted as the owner to arrange a test quickly.</summary>
internal static class OwnerArrange
{
    public static async Task<(Guid CampaignId, Guid LinkId, Guid TemplateId)> InsertCampaignWithLinkAsync(this TestDatabase database, Guid domainId, Guid createdBy)
    {
        await using var db = database.CreateOwnerContext();
        var campaign = new Campaign { Name = "Spring sale", Source = "newsletter", Objective = "sales", UtmCampaign = "spring", DomainId = domainId, CreatedBy = createdBy };
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync();
        var link = new Link
        {
            CampaignId = campaign.Id, DomainId = domainId, UtmSource = "newsletter", UtmMedium = "email", UtmCampaign = "spring",
            FullUrl = "https://example.test/?utm_source=newsletter&utm_medium=email&utm_campaign=spring", CreatedBy = createdBy,
            LandingUrl = "https://example.test/", ShortCode = TestShortCodes.Next(), Ga4Channel = "email",
        };
        db.Links.Add(link);
        var template = new LinkTemplate { DomainId = domainId, Name = "Newsletter", UtmSource = "newsletter", UtmMedium = "email", CreatedBy = createdBy };
        db.LinkTemplates.Add(template);
        await db.SaveChangesAsync();
        return (campaign.Id, link.Id, template.Id);
    }
}
