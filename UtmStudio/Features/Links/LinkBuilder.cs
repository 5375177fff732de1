using UtmStudio.Features.Links.Channels;
using UtmStudio.Features.Links.Composition;
using UtmStudio.Features.Links.Conventions;

namespace UtmStudio.Features.Links;

/// <summary>
/// The one way a link is built — in the builder as the person types, on save, and for every imported row — so
/// what the preview shows is exactly what is saved: conventions first (they may change values), then the URL,
/// then the GA4 channel of the values that will really be sent.
/// </summary>
public static class LinkBuilder
{
    public static LinkBuild Build(LinkDraft draft, CampaignUtm campaign, string domainName, LinkConventions conventions)
    {
        var typed = new UtmValues(
            draft.Source ?? "", draft.Medium ?? "", campaign.UtmCampaign, draft.Content, draft.Term, campaign.UtmId,
            draft.SourcePlatform, draft.CreativeFormat, draft.MarketingTactic);
        var outcome = ConventionEnforcer.Apply(typed, conventions);
        var composition = UtmUrlComposer.Compose(draft.LandingUrl, domainName, outcome.Values);
        var channel = Ga4ChannelClassifier.Preview(outcome.Values.Source, outcome.Values.Medium, outcome.Values.Campaign, outcome.Values.SourcePlatform);

        var problems = new Dictionary<string, string>(composition.Problems);
        foreach (var (field, message) in outcome.Problems)
        {
            problems.TryAdd(field, message);
        }

        if (UnassignedRule.Problem(conventions, channel, problems.ContainsKey("utm_medium")) is { } unassigned)
        {
            problems[UnassignedRule.Field] = unassigned;
        }

        var label = LinkLabels.Clean(draft.Label, problems);
        var tags = LinkLabels.CleanTags(draft.Tags, problems);
        var landing = (draft.LandingUrl ?? "").Trim();
        var fullUrl = problems.Count == 0 ? composition.Url : null;
        return new LinkBuild(outcome.Values, landing, fullUrl, channel, outcome.Changes, problems, label, tags);
    }
}
