using UtmStudio.Data.Entities;
using UtmStudio.Features.Campaigns;
using UtmStudio.Features.Campaigns.Targeting;

namespace UtmStudio.Features.Demo;

/// <summary>A year of a small shop's marketing, as campaigns a marketer would recognise.</summary>
internal static class DemoCampaigns
{
    public static readonly IReadOnlyList<(CampaignDraft Draft, CampaignStatus Status)> All =
    [
        (Campaign("Spring Sale 2027", "newsletter", "sales", "2027-03-01", "2027-03-31", ["DE", "AT", "CH"], ["de"], ["mobile", "desktop"]), CampaignStatus.Active),
        (Campaign("Brand search", "google", "traffic", "2027-01-01", null, ["DE"], ["de", "en"], ["desktop"]), CampaignStatus.Active),
        (Campaign("Running shoes launch", "facebook", "awareness", "2027-04-10", "2027-05-10", ["DE", "FR", "NL"], [], ["mobile"]), CampaignStatus.Active),
        (Campaign("Retargeting cart abandoners", "meta", "conversions", null, null, [], [], ["mobile"]), CampaignStatus.Active),
        (Campaign("B2B webinar series", "linkedin", "leads", "2027-02-01", "2027-06-30", ["GB", "US"], ["en"], ["desktop"]), CampaignStatus.Active),
        (Campaign("Podcast sponsorship", "podcast", "awareness", "2027-05-01", "2027-07-31", ["US"], ["en"], []), CampaignStatus.Paused),
        (Campaign("Influencer trial", "instagram", "engagement", null, null, ["FR"], ["fr"], ["mobile"]), CampaignStatus.Paused),
        (Campaign("Loyalty win-back", "newsletter", "retention", "2027-03-15", null, [], [], []), CampaignStatus.Paused),
        (Campaign("Black Friday 2026", "google", "sales", "2026-11-20", "2026-11-30", ["DE", "AT"], ["de"], ["mobile", "desktop"]), CampaignStatus.Completed),
        (Campaign("Christmas gift guide", "newsletter", "sales", "2026-12-01", "2026-12-24", ["DE"], ["de"], []), CampaignStatus.Completed),
        (Campaign("Autumn catalogue", "print", "awareness", "2026-09-01", "2026-10-15", ["DE"], ["de"], []), CampaignStatus.Completed),
    ];

    private static CampaignDraft Campaign(
        string name, string source, string objective, string? starts, string? ends, string[] locations, string[] languages, string[] devices) =>
        CampaignDraft.New(name) with
        {
            Source = source,
            Objective = objective,
            StartsOn = starts is null ? null : DateOnly.Parse(starts, System.Globalization.CultureInfo.InvariantCulture),
            EndsOn = ends is null ? null : DateOnly.Parse(ends, System.Globalization.CultureInfo.InvariantCulture),
            Targeting = TargetingCriteria.Empty with { Locations = locations, Languages = languages, Devices = devices },
        };
}
