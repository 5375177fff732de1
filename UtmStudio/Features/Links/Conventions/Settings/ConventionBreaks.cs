using UtmStudio.Features.Links.Channels;
using UtmStudio.Features.Links.Composition;

namespace UtmStudio.Features.Links.Conventions.Settings;

/// <summary>
/// Why a saved link would not be saved as it is under some conventions: what <see cref="ConventionEnforcer.Breaks"/>
/// finds, and the Unassigned option, judged as <see cref="LinkBuilder"/> would judge it on the values after the fixes.
/// </summary>
public static class ConventionBreaks
{
    public static IReadOnlyList<string> Of(UtmValues values, LinkConventions conventions)
    {
        var reasons = ConventionEnforcer.Breaks(values, conventions);
        if (!conventions.UnassignedIsError)
        {
            return reasons;
        }

        var outcome = ConventionEnforcer.Apply(values, conventions);
        var fixedValues = outcome.Values;
        var channel = Ga4ChannelClassifier.Preview(fixedValues.Source, fixedValues.Medium, fixedValues.Campaign, fixedValues.SourcePlatform);
        return UnassignedRule.Problem(conventions, channel, outcome.Problems.ContainsKey(ConventionParameters.Medium)) is { } unassigned
            ? [.. reasons, $"{UnassignedRule.Field}: {unassigned}"]
            : reasons;
    }
}
