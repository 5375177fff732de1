using Microsoft.EntityFrameworkCore;
using UtmStudio.Data.Entities;
using UtmStudio.Tests.Infrastructure.Database;

namespace UtmStudio.Tests.Integration.Links;

public static class ConventionsArrange
{
    /// <summary>Many links of the campaign at once, written as the owner (the builder would take minutes for thousands).</summary>
    public static async Task AddLinksAsync(this TestDatabase database, Guid campaignId, int count, Func<int, string> source)
    {
        await using var db = database.CreateOwnerContext();
        var campaign = await db.Campaigns.SingleAsync(c => c.Id == campaignId);
        db.Links.AddRange(Enumerable.Range(0, count).Select(i => new Link
        {
            CampaignId = campaignId, DomainId = campaign.DomainId, UtmSource = source(i), UtmMedium = "email", UtmCampaign = campaign.UtmCampaign,
            LandingUrl = $"https://bulk.test/{i}", FullUrl = $"https://bulk.test/{i}?utm_source={source(i)}&utm_medium=email",
            CreatedBy = campaign.CreatedBy, ShortCode = TestShortCodes.Next(), Ga4Channel = "email",
        }));
        await db.SaveChangesAsync();
    }
}
