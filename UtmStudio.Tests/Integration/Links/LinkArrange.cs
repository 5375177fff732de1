using Microsoft.EntityFrameworkCore;
using UtmStudio.Features.Campaigns;
using UtmStudio.Features.Links;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Campaigns;

namespace UtmStudio.Tests.Integration.Links;

/// <summary>A domain (Ada manages, Tom is a member) with one campaign, Spring Sale (utm_campaign spring_sale).</summary>
public sealed record LinkDomain(string Name, Guid Ada, Guid Tom, Guid CampaignId)
{
    public static async Task<LinkDomain> CreateAsync(AppServices app)
    {
        var domain = await CampaignDomain.CreateAsync(app);
        var campaign = await app.Campaigns.CreateAsync(Person(domain.Ada), domain.Name, CampaignArrange.Draft(), AppServices.None);
        return new LinkDomain(domain.Name, domain.Ada, domain.Tom, campaign.Id);
    }

    /// <summary>A valid newsletter link to a page of the domain; tests change one part with <c>with</c>.</summary>
    public LinkDraft Draft(string page = "spring") => new(CampaignId, $"https://{Name}/{page}", "newsletter", "email");

    public string UrlOf(string page, string query = "utm_source=newsletter&utm_medium=email&utm_campaign=spring_sale") =>
        $"https://{Name}/{page}?{query}";
}

public static class LinkArrange
{
    /// <summary>Sets the domain's conventions as JSON, past the services (the settings page has its own tests).</summary>
    public static async Task SetConventionsAsync(this TestDatabase database, string domainName, string json)
    {
        await using var db = database.CreateOwnerContext();
        await db.Domains.Where(d => d.DomainName == domainName).ExecuteUpdateAsync(d => d.SetProperty(x => x.LinkConventions, json));
    }
}
