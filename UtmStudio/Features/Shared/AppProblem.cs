namespace UtmStudio.Features.Shared;

/// <summary>
/// A refusal a user should read: the message is written for them, the code is stable for API clients.
/// Services throw these; pages show the message, the API turns them into problem details.
/// </summary>
public class AppProblem(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>Missing, or belonging to a domain the caller is not a member of: the two look the same.</summary>
public sealed class NotFoundProblem(string what = "That")
    : AppProblem("not_found", $"{what} was not found, or you don't have access to it.");

/// <summary>The caller is a member but their role does not allow this.</summary>
public sealed class ForbiddenProblem(string message) : AppProblem("forbidden", message);

/// <summary>Input that cannot be saved as it is.</summary>
public sealed class ValidationProblem(string message) : AppProblem("validation_failed", message);

/// <summary>A business rule says no (the code names the rule).</summary>
public sealed class RuleProblem(string code, string message) : AppProblem(code, message);

/// <summary>Someone else changed the row since it was loaded.</summary>
public sealed class ConflictProblem(string message) : AppProblem("conflict", message);
