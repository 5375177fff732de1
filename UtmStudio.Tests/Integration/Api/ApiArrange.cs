using UtmStudio.Data.Entities;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Campaigns;

namespace UtmStudio.Tests.Integration.Api;

/// <summary>Keys the domain, team and analytics API tests need.</summary>
public static class ApiArrange
{
    /// <summary>
    /// A key whose creator is no longer a manager: Ada (manager) creates it, makes Tom a manager, and Tom makes Ada a
    /// team member. Only managers create keys, so this is how a member-level key comes to be.
    /// </summary>
    public static async Task<string> MemberLevelKeyAsync(this AppServices app, CampaignDomain domain, params string[] scopes)
    {
        var key = (await app.CreateKeyAsync(domain.Ada, domain.Name, scopes)).Key;
        await app.Team.ChangeRoleAsync(Person(domain.Ada), domain.Name, domain.Tom, MemberRole.Manager, AppServices.None);
        await app.Team.ChangeRoleAsync(Person(domain.Tom), domain.Name, domain.Ada, MemberRole.TeamMember, AppServices.None);
        return key;
    }
}
