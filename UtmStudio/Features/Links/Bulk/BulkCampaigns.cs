namespace UtmStudio.Features.Links.Bulk;

/// <summary>
/// The campaigns rows can go under. A row's campaign cell names one by its id (what the API sends), its name or its
/// utm_campaign (either way, ignoring case: both are unique in a domain that way); a blank cell takes the campaign
/// chosen on the page.
/// Import never creates campaigns: a campaign's utm_campaign is decided on the board, once, for all its links.
/// </summary>
public sealed class BulkCampaigns
{
    private readonly Dictionary<Guid, CampaignUtm> _byId = [];
    private readonly Dictionary<string, CampaignUtm> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, CampaignUtm> _byUtmCampaign = new(StringComparer.OrdinalIgnoreCase);
    private readonly string _domainName;

    public BulkCampaigns(IEnumerable<CampaignUtm> campaigns, CampaignUtm? chosen, string domainName)
    {
        foreach (var campaign in campaigns)
        {
            _byId.TryAdd(campaign.Id, campaign);
            _byName.TryAdd(campaign.Name.Trim(), campaign);
            _byUtmCampaign.TryAdd(campaign.UtmCampaign, campaign);
        }

        Chosen = chosen;
        _domainName = domainName;
    }

    public CampaignUtm? Chosen { get; }

    /// <summary>The row's campaign, or null with the message that says how to fix the cell.</summary>
    public CampaignUtm? Find(string? cell, out string? problem)
    {
        problem = null;
        var name = cell?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            problem = Chosen is null ? "Choose the campaign these links belong to (or fill in the row's campaign column)." : null;
            return Chosen;
        }

        var byId = Guid.TryParse(name, out var id) ? _byId.GetValueOrDefault(id) : null;
        if ((byId ?? _byName.GetValueOrDefault(name) ?? _byUtmCampaign.GetValueOrDefault(name)) is { } found)
        {
            return found;
        }

        problem = $"There is no campaign \"{name}\" in {_domainName}. Use a campaign's name or its utm_campaign, " +
            "create the campaign on the board first, or leave the cell empty to use the campaign chosen above.";
        return null;
    }
}
