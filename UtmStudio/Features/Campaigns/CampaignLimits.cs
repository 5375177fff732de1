namespace UtmStudio.Features.Campaigns;

/// <summary>The lengths the schema allows (the brief's columns, and ours), checked in the service with a clear message.</summary>
public static class CampaignLimits
{
    public const int Name = 255;

    public const int Source = 100;

    public const int Objective = 100;

    public const int Description = 2000;

    /// <summary>Every UTM value, as the links table stores them.</summary>
    public const int UtmValue = 100;
}
