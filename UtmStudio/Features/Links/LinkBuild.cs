using UtmStudio.Features.Links.Channels;
using UtmStudio.Features.Links.Composition;
using UtmStudio.Features.Links.Conventions;

namespace UtmStudio.Features.Links;

/// <summary>
/// A draft after the team's conventions, composition and the GA4 preview: the values as they will be saved, the
/// full URL (null while something stops it), what the conventions changed and why, and every problem by field
/// (utm_source, utm_medium, …, url, label, tags, channel).
/// </summary>
public sealed record LinkBuild(
    UtmValues Values,
    string LandingUrl,
    string? FullUrl,
    ChannelPreview Channel,
    IReadOnlyList<ConventionChange> Changes,
    IReadOnlyDictionary<string, string> Problems,
    string? Label,
    IReadOnlyList<string> Tags)
{
    public bool IsValid => FullUrl is not null && Problems.Count == 0;
}
