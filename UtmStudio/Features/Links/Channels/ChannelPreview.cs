namespace UtmStudio.Features.Links.Channels;

/// <summary>
/// The GA4 channel a link's visits will be reported in, one sentence saying why (for a marketer), and a warning
/// when that channel is Unassigned or not the one the tags seem to ask for (null otherwise).
/// </summary>
public sealed record ChannelPreview(Ga4Channel Channel, string Reason, string? Warning);
