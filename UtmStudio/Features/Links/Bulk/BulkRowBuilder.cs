using UtmStudio.Features.Links.Composition;
using UtmStudio.Features.Links.Conventions;

namespace UtmStudio.Features.Links.Bulk;

/// <summary>
/// Builds rows one after the other, each once, with <see cref="LinkBuilder"/> — the single builder's path, so an
/// imported link follows the same conventions and gets the same URL and channel as one built by hand. Remembers
/// the URLs built so far: a row that gives a URL an earlier row gave is a duplicate of that row (the first wins).
/// Whether a URL exists in the domain already is the database's to say (<see cref="BulkPreview"/>).
/// </summary>
public sealed class BulkRowBuilder(string domainName, LinkConventions conventions, BulkCampaigns campaigns)
{
    public BulkCampaigns Campaigns => campaigns;

    // Builds a row whose campaign is unknown anyway, so the preview still lists the row's other problems.
    private static readonly CampaignUtm NoCampaign = new(Guid.Empty, "", "campaign", null);

    private readonly Dictionary<string, int> _firstRowOf = new(StringComparer.Ordinal);

    public BulkRow Build(BulkInputRow input)
    {
        var campaign = campaigns.Find(input.Campaign, out var campaignProblem);
        var build = LinkBuilder.Build(DraftOf(input, campaign), campaign ?? NoCampaign, domainName, conventions);
        if (campaign is null)
        {
            var problems = new Dictionary<string, string> { ["campaign"] = campaignProblem! };
            foreach (var (field, message) in build.Problems)
            {
                problems.TryAdd(field, message);
            }

            return new BulkRow(input, null, null, BulkRowStatus.Rejected, problems);
        }

        if (!build.IsValid)
        {
            return new BulkRow(input, campaign, build, BulkRowStatus.Rejected, build.Problems);
        }

        var row = new BulkRow(input, campaign, build, BulkRowStatus.Ready, build.Problems);
        if (_firstRowOf.TryGetValue(build.FullUrl!, out var first))
        {
            return row.AsDuplicate($"The same link as row {first} (only that one is created).");
        }

        _firstRowOf[build.FullUrl!] = input.RowNumber;
        return row;
    }

    /// <summary>
    /// A row's draft. A landing URL that is already tagged (an export of another tool, say) gives the values its
    /// cells leave blank, as pasting it into the builder would; its utm_campaign and utm_id stay the campaign's.
    /// </summary>
    private static LinkDraft DraftOf(BulkInputRow input, CampaignUtm? campaign)
    {
        var tags = (input.Tags ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var draft = new LinkDraft(campaign?.Id ?? Guid.Empty, input.LandingUrl, input.Source, input.Medium, input.Content, input.Term,
            input.SourcePlatform, input.CreativeFormat, input.MarketingTactic, input.Label, tags);
        if (input.LandingUrl is not { } url || !url.Contains("utm_", StringComparison.OrdinalIgnoreCase))
        {
            return draft;
        }

        var parsed = UtmUrlParser.Parse(url);
        if (parsed.Fields == UtmFields.None)
        {
            return draft;
        }

        var f = parsed.Fields;
        return draft with
        {
            LandingUrl = parsed.LandingUrl,
            Source = Blank(draft.Source) ? f.Source : draft.Source,
            Medium = Blank(draft.Medium) ? f.Medium : draft.Medium,
            Content = Blank(draft.Content) ? f.Content : draft.Content,
            Term = Blank(draft.Term) ? f.Term : draft.Term,
            SourcePlatform = Blank(draft.SourcePlatform) ? f.SourcePlatform : draft.SourcePlatform,
            CreativeFormat = Blank(draft.CreativeFormat) ? f.CreativeFormat : draft.CreativeFormat,
            MarketingTactic = Blank(draft.MarketingTactic) ? f.MarketingTactic : draft.MarketingTactic,
        };
    }

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);
}
