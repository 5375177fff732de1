using UtmStudio.Features.Links.Channels;

namespace UtmStudio.Features.Links.Conventions;

/// <summary>
/// The domain option that makes "Unassigned" an error, in one place for the builder (on every keystroke and save)
/// and for the report of links that break the conventions.
/// </summary>
public static class UnassignedRule
{
    public const string Field = "channel";

    /// <summary>
    /// The refusal for a link GA4 would report as Unassigned, or null. A medium the conventions already refuse
    /// has its own message at its field; a second one about the channel would only repeat it.
    /// </summary>
    public static string? Problem(LinkConventions conventions, ChannelPreview channel, bool mediumRefused) =>
        conventions.UnassignedIsError && channel.Channel == Ga4Channel.Unassigned && !mediumRefused
            ? "Your team does not save links that GA4 would report as Unassigned. " + (channel.Warning ?? channel.Reason)
            : null;
}
