using Microsoft.EntityFrameworkCore;
using UtmStudio.Features.Links;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Links;

namespace UtmStudio.Tests.Integration.Tracking;

public static class TrackingArrange
{
    /// <summary>A saved link of the domain (Ada's), to a page of it.</summary>
    public static async Task<LinkDetails> LinkAsync(this AppServices app, LinkDomain domain, string page = "spring", string? content = null)
    {
        var saved = await app.Links.CreateAsync(Person(domain.Ada), domain.Name, domain.Draft(page) with { Content = content }, AppServices.None);
        return saved.Link;
    }

    public static async Task<long> RawClickCountAsync(this TestDatabase database, Guid linkId)
    {
        await using var db = database.CreateOwnerContext();
        return await db.Clicks.LongCountAsync(c => c.LinkId == linkId);
    }

    public static async Task SetRedirectSettingsAsync(this TestDatabase database, string domainName, int? redirectType = null,
        bool? forward = null, bool? overridesUtm = null)
    {
        await using var db = database.CreateOwnerContext();
        var domain = await db.Domains.SingleAsync(d => d.DomainName == domainName);
        domain.DefaultRedirectType = redirectType ?? domain.DefaultRedirectType;
        domain.ForwardQueryParameters = forward ?? domain.ForwardQueryParameters;
        domain.QueryOverridesUtm = overridesUtm ?? domain.QueryOverridesUtm;
        await db.SaveChangesAsync();
    }
}
