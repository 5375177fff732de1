namespace UtmStudio.Features.Links.Conventions.Settings;

/// <summary>
/// The domain's existing links that conventions would change or refuse: <see cref="Total"/> of the
/// <see cref="Checked"/> links break them; <see cref="Links"/> holds the newest of those, up to the limit asked for.
/// </summary>
public sealed record BreakingLinksReport(int Checked, int Total, IReadOnlyList<BreakingLink> Links)
{
    public bool IsComplete => Links.Count == Total;
}

/// <summary>One link that does not follow the conventions, and every reason ("utm_source: …"), in URL order.</summary>
public sealed record BreakingLink(
    Guid Id, string FullUrl, string? Label, string CampaignName, string Source, string Medium, IReadOnlyList<string> Reasons);
