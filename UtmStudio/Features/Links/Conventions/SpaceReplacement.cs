namespace UtmStudio.Features.Links.Conventions;

/// <summary>What a team's links do with the spaces typed into a UTM value (runs of spaces count as one).</summary>
public enum SpaceReplacement
{
    /// <summary>Spaces stay (the link encodes them as %20).</summary>
    Keep,

    /// <summary>Spaces become <c>_</c>: "spring sale" → "spring_sale".</summary>
    Underscore,

    /// <summary>Spaces become <c>-</c>: "spring sale" → "spring-sale".</summary>
    Hyphen,

    /// <summary>Spaces are left out: "spring sale" → "springsale".</summary>
    Remove,
}
