namespace UtmStudio.Features.Links.Channels;

/// <summary>
/// The tags GA4's channel rules read, trimmed (the composer writes them trimmed into the link), with what the
/// rules ask of them worked out once: the source's category in Google's list, a paid medium, a shopping campaign.
/// </summary>
internal sealed class TrafficTags
{
    public TrafficTags(string? source, string? medium, string? campaign)
    {
        Source = source?.Trim() ?? "";
        Medium = medium?.Trim() ?? "";
        Campaign = campaign?.Trim() ?? "";
        Category = Source.Length == 0 ? null : Ga4SourceCategories.Of(Source);
        IsPaidMedium = Ga4Patterns.PaidMedium().IsMatch(Medium);
        IsShoppingCampaign = Ga4Patterns.ShoppingCampaign().IsMatch(Campaign);
    }

    public string Source { get; }

    public string Medium { get; }

    public string Campaign { get; }

    public Ga4SourceCategory? Category { get; }

    public bool IsPaidMedium { get; }

    public bool IsShoppingCampaign { get; }

    public bool SourceIs(string value) => string.Equals(Source, value, StringComparison.OrdinalIgnoreCase);

    public bool MediumIs(string value) => string.Equals(Medium, value, StringComparison.OrdinalIgnoreCase);

    public bool MediumIsOneOf(IEnumerable<string> values) => values.Any(MediumIs);

    public bool MediumContains(string part) => Medium.Contains(part, StringComparison.OrdinalIgnoreCase);

    /// <summary>A value as the messages show it: quoted, so "e mail" or an empty value reads unambiguously.</summary>
    public static string Quote(string value) => value.Length == 0 ? "(empty)" : $"\"{value}\"";
}
