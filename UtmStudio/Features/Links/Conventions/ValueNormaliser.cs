using System.Text;

namespace UtmStudio.Features.Links.Conventions;

/// <summary>
/// The fixable part of the conventions, step by step: trim (not a convention — links are trimmed anyway — so it is
/// never reported), lowercase, then spaces. Each step is idempotent and none undoes another, so normalising a
/// normalised value changes nothing.
/// </summary>
internal static class ValueNormaliser
{
    public static string Normalise(string? value, LinkConventions conventions) =>
        ReplaceSpaces(Lowercase((value ?? "").Trim(), conventions), conventions.Spaces);

    public static string Lowercase(string value, LinkConventions conventions) =>
        conventions.Lowercase ? value.ToLowerInvariant() : value;

    /// <summary>Each run of white space (space, tab, no-break space…) becomes one replacement.</summary>
    public static string ReplaceSpaces(string value, SpaceReplacement spaces)
    {
        if (spaces == SpaceReplacement.Keep || !value.Any(char.IsWhiteSpace))
        {
            return value;
        }

        var replacement = Replacement(spaces);
        var result = new StringBuilder(value.Length);
        var inSpaces = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!inSpaces)
                {
                    result.Append(replacement);
                }

                inSpaces = true;
            }
            else
            {
                result.Append(c);
                inSpaces = false;
            }
        }

        return result.ToString();
    }

    public static string Replacement(SpaceReplacement spaces) => spaces switch
    {
        SpaceReplacement.Underscore => "_",
        SpaceReplacement.Hyphen => "-",
        _ => "",
    };
}
