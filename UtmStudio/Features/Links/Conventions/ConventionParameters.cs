using UtmStudio.Features.Links.Composition;

namespace UtmStudio.Features.Links.Conventions;

/// <summary>Which parameters conventions govern, and reading or replacing one of them by its name.</summary>
public static class ConventionParameters
{
    public const string Source = "utm_source";
    public const string Medium = "utm_medium";
    public const string Content = "utm_content";
    public const string Term = "utm_term";
    public const string SourcePlatform = "utm_source_platform";
    public const string CreativeFormat = "utm_creative_format";
    public const string MarketingTactic = "utm_marketing_tactic";

    /// <summary>Every parameter but utm_campaign and utm_id (they belong to the campaign), in URL order.</summary>
    public static IReadOnlyList<string> Governed { get; } = [Source, Medium, Content, Term, SourcePlatform, CreativeFormat, MarketingTactic];

    /// <summary>The optional parameters a team can make required (source and medium are always required).</summary>
    public static IReadOnlyList<string> Requirable { get; } = [Content, Term, SourcePlatform, CreativeFormat, MarketingTactic];

    internal static string? Get(UtmValues values, string parameter) => parameter switch
    {
        Source => values.Source,
        Medium => values.Medium,
        Content => values.Content,
        Term => values.Term,
        SourcePlatform => values.SourcePlatform,
        CreativeFormat => values.CreativeFormat,
        MarketingTactic => values.MarketingTactic,
        _ => throw new ArgumentOutOfRangeException(nameof(parameter), parameter, "Not a parameter conventions govern."),
    };

    /// <summary>The values with one parameter replaced; a blank optional parameter becomes null (source and medium "").</summary>
    internal static UtmValues With(UtmValues values, string parameter, string value)
    {
        var optional = value.Length == 0 ? null : value;
        return parameter switch
        {
            Source => values with { Source = value },
            Medium => values with { Medium = value },
            Content => values with { Content = optional },
            Term => values with { Term = optional },
            SourcePlatform => values with { SourcePlatform = optional },
            CreativeFormat => values with { CreativeFormat = optional },
            MarketingTactic => values with { MarketingTactic = optional },
            _ => throw new ArgumentOutOfRangeException(nameof(parameter), parameter, "Not a parameter conventions govern."),
        };
    }
}
