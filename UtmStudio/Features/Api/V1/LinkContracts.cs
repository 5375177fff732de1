using UtmStudio.Features.Links;
using UtmStudio.Features.Links.Bulk;
using UtmStudio.Features.Links.Channels;
using UtmStudio.Features.Links.Composition;

namespace UtmStudio.Features.Api.V1;

/// <summary>A link of the key's domain.</summary>
/// <param name="FullUrl">The landing page with its UTM parameters: what ads, emails and posts use.</param>
/// <param name="ShortUrl">The short link that redirects to it and counts the click.</param>
/// <param name="Channel">The GA4 default channel its visits will be reported in.</param>
/// <param name="ETag">The version to send back in If-Match when changing it (also the ETag header).</param>
public sealed record LinkResource(
    Guid Id, Guid CampaignId, string CampaignName, string LandingUrl, UtmResource Utm, string FullUrl, string ShortCode, string ShortUrl,
    string? Label, IReadOnlyList<string> Tags, Ga4Channel Channel, string ChannelName, Guid CreatedBy, string CreatorName,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string ETag)
{
    public static LinkResource From(LinkDetails l, Func<string, string> shortUrl) => new(
        l.Id, l.CampaignId, l.CampaignName, l.LandingUrl, UtmResource.From(l.Values), l.FullUrl, l.ShortCode, shortUrl(l.ShortCode), l.Label,
        l.Tags, l.Channel, Ga4ChannelText.Name(l.Channel), l.CreatedBy, l.CreatorName, l.CreatedAt, l.UpdatedAt, ApiVersions.ETagOf(l.Version));
}

/// <summary>The UTM parameters of a link as they are written into its URL.</summary>
public sealed record UtmResource(
    string Source, string Medium, string Campaign, string? Content, string? Term, string? Id, string? SourcePlatform, string? CreativeFormat,
    string? MarketingTactic)
{
    public static UtmResource From(UtmValues v) =>
        new(v.Source, v.Medium, v.Campaign, v.Content, v.Term, v.Id, v.SourcePlatform, v.CreativeFormat, v.MarketingTactic);
}

/// <summary>
/// A link to build: the landing page and the UTM values a person types in the builder. utm_campaign and utm_id
/// come from the campaign; the domain's conventions apply (the preview says what they change).
/// </summary>
/// <param name="LandingUrl">An http(s) address on the domain or one of its subdomains.</param>
public sealed record LinkInput(
    Guid CampaignId, string? LandingUrl, string? UtmSource, string? UtmMedium, string? UtmContent = null, string? UtmTerm = null,
    string? UtmSourcePlatform = null, string? UtmCreativeFormat = null, string? UtmMarketingTactic = null, string? Label = null,
    IReadOnlyList<string>? Tags = null)
{
    public LinkDraft ToDraft() => new(CampaignId, LandingUrl, UtmSource, UtmMedium, UtmContent, UtmTerm, UtmSourcePlatform, UtmCreativeFormat,
        UtmMarketingTactic, Label, Tags);

    /// <summary>Stands for a comma inside a tag on its way through the bulk builder (see <see cref="ToBulkRow"/>).</summary>
    internal const char TagComma = '\u0001';

    /// <summary>
    /// As a row of the bulk builder, which names its campaign by id and takes its tags as one comma-separated cell.
    /// A tag with a comma in it would become two there, where createLink refuses it: its comma is sent as a control
    /// character, which the builder's tag rule refuses with createLink's message ("a comma or a control character"; the item
    /// shows the comma again).
    /// </summary>
    public BulkInputRow ToBulkRow(int index) => new(index, LandingUrl, UtmSource, UtmMedium, UtmContent, UtmTerm, UtmSourcePlatform,
        UtmCreativeFormat, UtmMarketingTactic, Label, Tags is null ? null : string.Join(',', Tags.Select(t => t?.Replace(',', TagComma))),
        CampaignId.ToString());
}

/// <summary>What saving a link would give, saving nothing.</summary>
/// <param name="IsValid">Whether it can be saved as it is; else <paramref name="Problems"/> says why, by field.</param>
/// <param name="FullUrl">The composed URL (null while a problem stops it).</param>
/// <param name="Changes">What the domain's conventions changed, and why.</param>
public sealed record LinkPreviewResource(
    bool IsValid, string? FullUrl, UtmResource Utm, Ga4Channel Channel, string ChannelName, string ChannelReason, string? ChannelWarning,
    IReadOnlyList<ConventionChangeResource> Changes, IReadOnlyDictionary<string, string> Problems)
{
    public static LinkPreviewResource From(LinkBuild b) => new(
        b.IsValid, b.FullUrl, UtmResource.From(b.Values), b.Channel.Channel, Ga4ChannelText.Name(b.Channel.Channel), b.Channel.Reason,
        b.Channel.Warning, [.. b.Changes.Select(c => new ConventionChangeResource(c.Parameter, c.From, c.To, c.Why))], b.Problems);
}

public sealed record ConventionChangeResource(string Parameter, string From, string To, string Why);
