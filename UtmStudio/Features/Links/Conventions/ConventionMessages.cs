namespace UtmStudio.Features.Links.Conventions;

/// <summary>What the builder tells a marketer: one plain sentence that says what the team does or what is allowed.</summary>
internal static class ConventionMessages
{
    // Long lists are cut short so a message stays readable beside a field; the builder offers the whole list.
    private const int ListedValues = 10;

    public const string Lowercase = "Your team writes UTM values in lowercase.";

    public static string Spaces(SpaceReplacement spaces) => spaces == SpaceReplacement.Remove
        ? "Your team's links leave spaces out."
        : $"Spaces become {ValueNormaliser.Replacement(spaces)} in your team's links.";

    public static string Spelling(string parameter, string value) => $"Your team writes this {Noun(parameter)} as {value}.";

    public static string Required(string parameter) => $"Your team fills in {parameter} on every link; enter one.";

    public static string NotInList(string parameter, IReadOnlyList<AllowedValue> values, string typed) =>
        $"Your team's {Noun(parameter)}s are: {Listed(values.Select(v => v.Value).ToList())}. Ask a manager to add '{typed}'.";

    public static string Dependency(string medium, IReadOnlyList<string> sources) =>
        $"With medium {medium} the source must be {OneOf(sources)}.";

    public static string Forbidden(IReadOnlyList<string> characters) =>
        $"Your team doesn't use {OneOf(characters)} in UTM values; remove {(characters.Count == 1 ? "it" : "them")}.";

    public static string TooLong(int maxLength, int length) =>
        $"Your team keeps UTM values to {maxLength} characters; this one has {length}. Shorten it.";

    /// <summary>"google", "google or bing", "google, bing or meta".</summary>
    public static string OneOf(IReadOnlyList<string> values) => Joined(values, "or");

    /// <summary>"a", "a and 1", "a, b and 1".</summary>
    public static string AllOf(IReadOnlyList<string> values) => Joined(values, "and");

    private static string Listed(IReadOnlyList<string> values) => values.Count <= ListedValues
        ? string.Join(", ", values)
        : string.Join(", ", values.Take(ListedValues)) + $" and {values.Count - ListedValues} more";

    private static string Joined(IReadOnlyList<string> values, string last) =>
        values.Count <= 1 ? string.Concat(values) : string.Join(", ", values.Take(values.Count - 1)) + $" {last} " + values[^1];

    private static string Noun(string parameter) => parameter == ConventionParameters.Medium ? "medium" : "source";
}
