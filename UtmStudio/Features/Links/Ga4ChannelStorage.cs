using UtmStudio.Data.Configurations;
using UtmStudio.Features.Links.Channels;

namespace UtmStudio.Features.Links;

/// <summary>links.ga4_channel holds the channel in snake_case ("paid_social"), like every enum the schema stores.</summary>
public static class Ga4ChannelStorage
{
    public static string Write(Ga4Channel channel) => SnakeCaseEnumConverter<Ga4Channel>.ToDatabase(channel);

    /// <summary>An unknown text (a channel a later list renamed) reads as Unassigned rather than failing the page.</summary>
    public static Ga4Channel Read(string? stored) => ReadOrNull(stored) ?? Ga4Channel.Unassigned;

    /// <summary>"paid_social" (or "PaidSocial") is Paid Social; anything else — a number included — is null.</summary>
    public static Ga4Channel? ReadOrNull(string? text) =>
        text is not null && !text.Any(char.IsDigit)
        && Enum.TryParse<Ga4Channel>(text.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var channel)
        && Enum.IsDefined(channel) ? channel : null;
}
