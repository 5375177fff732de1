using UtmStudio.Data.Entities;

namespace UtmStudio.Features.Links;

/// <summary>A built link written into its row: the values after conventions, the URL, the channel they give.</summary>
internal static class LinkRows
{
    public static Link New(LinkBuild build, CampaignUtm campaign, Guid domainId, Guid createdBy)
    {
        var link = new Link
        {
            Id = Guid.NewGuid(), DomainId = domainId, CreatedBy = createdBy, ShortCode = LinkCodes.New(),
            UtmSource = "", UtmMedium = "", UtmCampaign = "", LandingUrl = "", FullUrl = "", Ga4Channel = "",
        };
        Apply(link, build, campaign);
        return link;
    }

    public static void Apply(Link link, LinkBuild build, CampaignUtm campaign)
    {
        var values = build.Values;
        link.CampaignId = campaign.Id;
        link.UtmSource = values.Source;
        link.UtmMedium = values.Medium;
        link.UtmCampaign = values.Campaign;
        link.UtmContent = Blank(values.Content);
        link.UtmTerm = Blank(values.Term);
        link.UtmId = Blank(values.Id);
        link.UtmSourcePlatform = Blank(values.SourcePlatform);
        link.UtmCreativeFormat = Blank(values.CreativeFormat);
        link.UtmMarketingTactic = Blank(values.MarketingTactic);
        link.LandingUrl = build.LandingUrl;
        link.FullUrl = build.FullUrl!;
        link.Label = build.Label;
        link.Tags = [.. build.Tags];
        link.Ga4Channel = Ga4ChannelStorage.Write(build.Channel.Channel);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
