using UtmStudio.Features.Links.Composition;

namespace UtmStudio.Features.Links.Builder;

/// <summary>What the builder says after a tagged URL was pasted: which values it took, what it kept as the page.</summary>
public static class PasteNotices
{
    public static string Describe(ParsedUtmUrl parsed, BuilderCampaign? campaign)
    {
        var f = parsed.Fields;
        var filled = new (string Name, string? Value)[]
        {
            ("utm_source", f.Source), ("utm_medium", f.Medium), ("utm_content", f.Content), ("utm_term", f.Term),
            ("utm_source_platform", f.SourcePlatform), ("utm_creative_format", f.CreativeFormat), ("utm_marketing_tactic", f.MarketingTactic),
        }.Where(p => p.Value is not null).Select(p => p.Name).ToList();
        var sentences = new List<string>();
        sentences.Add(filled.Count > 0
            ? $"Filled {string.Join(", ", filled)} from the address you pasted."
            : "The address you pasted had no UTM values this link can use.");
        if (parsed.KeptParameters.Count > 0)
        {
            sentences.Add($"Kept {string.Join(", ", parsed.KeptParameters)} as part of the landing page.");
        }

        if (f.Campaign is { } pastedCampaign && campaign is not null && pastedCampaign != campaign.UtmCampaign)
        {
            sentences.Add($"It said utm_campaign={pastedCampaign}; links of {campaign.Name} use {campaign.UtmCampaign}.");
        }

        if (f.Id is { } pastedId && campaign is not null && pastedId != campaign.UtmId)
        {
            sentences.Add($"Its utm_id={pastedId} was replaced by the campaign's {(campaign.UtmId is null ? "(none)" : campaign.UtmId)}.");
        }

        sentences.AddRange(parsed.Notes);
        return string.Join(" ", sentences);
    }
}
