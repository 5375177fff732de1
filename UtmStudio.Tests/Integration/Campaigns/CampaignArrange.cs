using Microsoft.EntityFrameworkCore;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Campaigns;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;

namespace UtmStudio.Tests.Integration.Campaigns;

/// <summary>A domain with a manager (Ada) and a team member (Tom), for campaign tests.</summary>
public sealed record CampaignDomain(string Name, Guid Ada, Guid Tom)
{
    public static async Task<CampaignDomain> CreateAsync(AppServices app)
    {
        var name = Unique.Domain("camp");
        var ada = await app.SignUpAsync(Unique.Email("ada", name), name);
        var tom = await app.AddMemberAsync(ada, name, Unique.Email("tom", name));
        return new CampaignDomain(name, ada, tom);
    }
}

public static class CampaignArrange
{
    /// <summary>A valid draft; tests change one part with <c>with</c>.</summary>
    public static CampaignDraft Draft(string name = "Spring Sale") =>
        CampaignDraft.New(name) with { Source = "newsletter", Objective = "sales" };

    public static async Task SetInactiveAsync(this TestDatabase database, string domainName)
    {
        await using var db = database.CreateOwnerContext();
        await db.Domains.Where(d => d.DomainName == domainName)
            .ExecuteUpdateAsync(d => d.SetProperty(x => x.SubscriptionStatus, SubscriptionStatus.Inactive));
    }

    /// <summary>A link of the campaign, written as the owner (the UTM builder comes with its own issue).</summary>
    public static async Task<Guid> AddLinkAsync(this TestDatabase database, Guid campaignId, string utmCampaign, string fullUrl)
    {
        await using var db = database.CreateOwnerContext();
        var campaign = await db.Campaigns.SingleAsync(c => c.Id == campaignId);
        var link = new Link
        {
            CampaignId = campaignId, DomainId = campaign.DomainId, UtmSource = "newsletter", UtmMedium = "email", UtmCampaign = utmCampaign,
            FullUrl = fullUrl, CreatedBy = campaign.CreatedBy,
            LandingUrl = fullUrl.Split('?')[0], ShortCode = TestShortCodes.Next(), Ga4Channel = "email",
        };
        db.Links.Add(link);
        await db.SaveChangesAsync();
        return link.Id;
    }
}
