namespace UtmStudio.Features.Campaigns.Targeting;

/// <summary>
/// The limits of a targeting document. The JSON Schema (targeting-criteria.schema.json) is what enforces them; these
/// copies let the editor and the messages say the same numbers, and a unit test keeps both in step.
/// </summary>
public static class TargetingLimits
{
    public const int MinAge = 13;
    public const int MaxAge = 120;

    /// <summary>Every country there is: a campaign may target the whole world by listing it.</summary>
    public const int MaxLocations = 250;

    public const int MaxLanguages = 50;
    public const int MaxAudiences = 50;
    public const int MaxAudienceLength = 50;
    public const int MaxCustomPairs = 20;
    public const int MaxCustomKeyLength = 50;
    public const int MaxCustomValueLength = 200;
}
