using UtmStudio.Features.Links.Composition;

namespace UtmStudio.Features.Links.Conventions;

/// <summary>
/// Checks the conventions a manager is about to save (settings form field → message; empty when they can be saved).
/// Conventions that pass are consistent: every list value is a value the conventions themselves would accept as typed,
/// so a link built from the lists never gets a problem. <see cref="ConventionEnforcer"/> still copes with conventions
/// that did not pass (stored before a rule existed): it never throws and stays idempotent.
/// </summary>
public static partial class ConventionValidation
{
    /// <summary>Keeps the settings form, the builder's lists and the "pick one of" messages usable.</summary>
    public const int MaxListValues = 200;

    public const int MaxDescriptionLength = 200;

    public const int MaxForbiddenCharacters = 100;

    public static IReadOnlyDictionary<string, string> Validate(LinkConventions conventions)
    {
        var problems = new Dictionary<string, string>();
        Add(problems, "maxLength", MaxLengthProblem(conventions.MaxLength));
        Add(problems, "forbiddenCharacters", ForbiddenCharactersProblem(conventions));
        Add(problems, "sources", ListProblem("source", conventions.Sources, conventions));
        Add(problems, "mediums", ListProblem("medium", conventions.Mediums, conventions));
        Add(problems, "dependencies", DependenciesProblem(conventions));
        Add(problems, "requiredFields", conventions.RequiredFields.Select(RequiredFieldProblem).FirstOrDefault(p => p is not null));
        return problems;
    }

    private static void Add(Dictionary<string, string> problems, string field, string? problem)
    {
        if (problem is not null)
        {
            problems[field] = problem;
        }
    }

    private static string? MaxLengthProblem(int? maxLength) =>
        maxLength is < 1 or > UtmUrlComposer.MaxValueLength
            ? $"Choose a maximum length from 1 to {UtmUrlComposer.MaxValueLength} characters (links allow {UtmUrlComposer.MaxValueLength} at most)."
            : null;

    private static string? RequiredFieldProblem(string field) => field switch
    {
        ConventionParameters.Source or ConventionParameters.Medium => $"{field} is always required; there's no need to add it.",
        "utm_campaign" or "utm_id" => $"{field} comes from the campaign, so it can't be required here.",
        _ when ConventionParameters.Requirable.Contains(field) => null,
        _ => $"'{field}' isn't a parameter you can require; choose from {ConventionMessages.OneOf(ConventionParameters.Requirable)}.",
    };

    /// <summary>
    /// ASCII letters and digits are what every value is made of, so forbidding one is a slip; accented letters may be
    /// forbidden ("no é": some tools mangle them). Spaces have their own setting, which fixes them instead of refusing.
    /// </summary>
    private static string? ForbiddenCharactersProblem(LinkConventions conventions)
    {
        var characters = conventions.ForbiddenCharacters;
        var lettersAndDigits = characters.Where(char.IsAsciiLetterOrDigit).Distinct().Select(c => c.ToString()).ToList();
        var replacement = ValueNormaliser.Replacement(conventions.Spaces);
        if (lettersAndDigits.Count > 0)
        {
            return $"Letters and digits can't be forbidden (every value needs them); remove {ConventionMessages.AllOf(lettersAndDigits)}.";
        }

        if (characters.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return "Spaces are handled by the space setting; remove them (and any tabs or line breaks) from the forbidden characters.";
        }

        if (replacement.Length > 0 && characters.Contains(replacement, StringComparison.Ordinal))
        {
            return $"Spaces become {replacement}, so {replacement} can't be forbidden too; remove it or change the space setting.";
        }

        return characters.Length > MaxForbiddenCharacters ? $"Keep the forbidden characters to {MaxForbiddenCharacters}." : null;
    }
}
