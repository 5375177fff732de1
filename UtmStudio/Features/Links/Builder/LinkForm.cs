using UtmStudio.Features.Links.Composition;
using UtmStudio.Features.Links.Templates;

namespace UtmStudio.Features.Links.Builder;

/// <summary>The builder's fields as typed (before conventions), and the ways they get filled: a campaign, a
/// template, a pasted tagged URL, an existing link.</summary>
public sealed class LinkForm
{
    public Guid? CampaignId { get; set; }

    public string LandingUrl { get; set; } = "";

    public string Source { get; set; } = "";

    public string Medium { get; set; } = "";

    public string? Content { get; set; }

    public string? Term { get; set; }

    public string? SourcePlatform { get; set; }

    public string? CreativeFormat { get; set; }

    public string? MarketingTactic { get; set; }

    public string? Label { get; set; }

    /// <summary>Tags as typed: separated by commas.</summary>
    public string? Tags { get; set; }

    public LinkDraft ToDraft() => new(
        CampaignId ?? Guid.Empty, LandingUrl, Source, Medium, Content, Term, SourcePlatform, CreativeFormat, MarketingTactic, Label,
        (Tags ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    public static LinkForm From(LinkDraft draft) => new()
    {
        CampaignId = draft.CampaignId, LandingUrl = draft.LandingUrl ?? "", Source = draft.Source ?? "", Medium = draft.Medium ?? "",
        Content = draft.Content, Term = draft.Term, SourcePlatform = draft.SourcePlatform, CreativeFormat = draft.CreativeFormat,
        MarketingTactic = draft.MarketingTactic, Label = draft.Label, Tags = string.Join(", ", draft.Tags ?? []),
    };

    /// <summary>A new link of a campaign starts with the campaign's source (the source a campaign is planned for).</summary>
    public void StartWith(BuilderCampaign campaign)
    {
        CampaignId = campaign.Id;
        if (string.IsNullOrWhiteSpace(Source))
        {
            Source = campaign.Source;
        }
    }

    /// <summary>A template fills the fields it has; the ones it leaves empty keep what is there.</summary>
    public void Apply(LinkTemplateView template)
    {
        LandingUrl = template.LandingUrl ?? LandingUrl;
        Source = template.Source ?? Source;
        Medium = template.Medium ?? Medium;
        Content = template.Content ?? Content;
        Term = template.Term ?? Term;
        SourcePlatform = template.SourcePlatform ?? SourcePlatform;
        CreativeFormat = template.CreativeFormat ?? CreativeFormat;
        MarketingTactic = template.MarketingTactic ?? MarketingTactic;
    }

    /// <summary>A pasted tagged URL: its landing page without utm_*, and every UTM value it carried.
    /// utm_campaign and utm_id stay the campaign's; the caller says so when they differed.</summary>
    public void Fill(ParsedUtmUrl parsed)
    {
        LandingUrl = parsed.LandingUrl;
        var f = parsed.Fields;
        Source = f.Source ?? Source;
        Medium = f.Medium ?? Medium;
        Content = f.Content ?? Content;
        Term = f.Term ?? Term;
        SourcePlatform = f.SourcePlatform ?? SourcePlatform;
        CreativeFormat = f.CreativeFormat ?? CreativeFormat;
        MarketingTactic = f.MarketingTactic ?? MarketingTactic;
    }
}
