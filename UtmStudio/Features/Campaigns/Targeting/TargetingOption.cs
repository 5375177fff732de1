namespace UtmStudio.Features.Campaigns.Targeting;

/// <summary>One entry a code picker offers: a country or a language, by its code and English name.</summary>
public sealed record TargetingOption(string Code, string Name)
{
    /// <summary>What the list shows: the name, with the code so people who know codes can check them.</summary>
    public string Label => $"{Name} ({Code})";
}
