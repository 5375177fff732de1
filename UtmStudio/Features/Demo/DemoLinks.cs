using UtmStudio.Features.Links;

namespace UtmStudio.Features.Demo;

/// <summary>
/// Two or three links per demo campaign, with the mediums a marketer would pick for its source — including a few
/// that GA4 reports differently than people expect (one campaign tagged source meta, which GA4 reports as Paid Other,
/// and print, which is Unassigned), so the builder's channel warnings have something to show without the demo
/// dashboard's channels being mostly wrong: the other Meta campaign uses facebook, as GA4 wants.
/// </summary>
internal static class DemoLinks
{
    private static readonly Dictionary<string, string[]> MediumsBySource = new(StringComparer.OrdinalIgnoreCase)
    {
        ["newsletter"] = ["email"],
        ["google"] = ["cpc"],
        ["meta"] = ["paid_social", "cpc"],
        ["facebook"] = ["paid_social", "cpc"],
        ["linkedin"] = ["paid_social"],
        ["podcast"] = ["audio"],
        ["instagram"] = ["social"],
        ["print"] = ["print"],
    };

    private static readonly string[] Contents = ["hero", "footer"];

    public static IEnumerable<LinkDraft> For(Guid campaignId, string utmCampaign, string source)
    {
        var page = $"https://{DemoData.DomainName}/{utmCampaign.Replace('_', '-')}";
        foreach (var medium in MediumsBySource.GetValueOrDefault(source, ["referral"]))
        {
            foreach (var content in Contents)
            {
                yield return new LinkDraft(campaignId, page, source, medium, content, Tags: ["demo"]);
            }
        }
    }
}
