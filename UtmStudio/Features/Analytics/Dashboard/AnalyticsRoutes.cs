using UtmStudio.Features.Domains;

namespace UtmStudio.Features.Analytics.Dashboard;

/// <summary>The addresses of the analytics pages, and of the page each scope's analytics belong to.</summary>
public static class AnalyticsRoutes
{
    public static string For(string domainName, AnalyticsScope scope, AnalyticsFilter? filter = null) =>
        DomainRoute.For(domainName, scope.Kind switch
        {
            AnalyticsScopeKind.Campaign => $"campaigns/{scope.Id}/analytics",
            AnalyticsScopeKind.Link => $"links/{scope.Id}/analytics",
            _ => "analytics",
        }) + (filter is null ? "" : filter.ToQuery());

    /// <summary>The page of the domain, campaign or link itself (the links list for the domain).</summary>
    public static string OwnerPage(string domainName, AnalyticsScope scope) => DomainRoute.For(domainName, scope.Kind switch
    {
        AnalyticsScopeKind.Campaign => $"campaigns/{scope.Id}",
        AnalyticsScopeKind.Link => $"links/{scope.Id}",
        _ => "links",
    });
}
