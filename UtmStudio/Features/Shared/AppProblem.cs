namespace UtmStudio.Features.Shared;

/// <summary>
/// A refusal a user should read: the message is written for them, the code (one of <see cref="ErrorCodes"/>) is
/// stable for API clients. Services throw these; pages show them through ProblemMessage (one way for every page),
/// JSON endpoints answer them as RFC 9457 problem details (<see cref="ProblemDetailsMapping"/>).
/// </summary>
public abstract class AppProblem(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>
/// Missing, or belonging to a domain the caller is not a member of: the two look the same, down to the one code
/// (<see cref="ErrorCodes.NotFound"/>) for every kind of thing, so nothing can be learnt by guessing names or ids.
/// </summary>
public sealed class NotFoundProblem(string what = "That")
    : AppProblem(ErrorCodes.NotFound, $"{what} was not found, or you don't have access to it.");

/// <summary>The caller is a member but their role does not allow this.</summary>
public sealed class ForbiddenProblem(string message) : AppProblem(ErrorCodes.Forbidden, message);

/// <summary>Input that cannot be saved as it is; <see cref="Errors"/> names the fields when the service knows them.</summary>
public sealed class ValidationProblem(string message, IReadOnlyDictionary<string, string[]>? errors = null)
    : AppProblem(ErrorCodes.ValidationFailed, message)
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors ?? new Dictionary<string, string[]>();

    /// <summary>One field is wrong: <c>ForField("name", "Enter a domain name.")</c>.</summary>
    public static ValidationProblem ForField(string field, string message) => new(message, new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>A business rule says no (the code names the rule).</summary>
public sealed class RuleProblem(string code, string message) : AppProblem(code, message);

/// <summary>Someone else changed the row since it was loaded.</summary>
public sealed class ConflictProblem(string message) : AppProblem(ErrorCodes.ConcurrencyConflict, message);

/// <summary>Too many attempts of this kind for now; <see cref="RetryAfter"/> when the service knows it.</summary>
public sealed class RateLimitedProblem(string message, TimeSpan? retryAfter = null) : AppProblem(ErrorCodes.RateLimited, message)
{
    public TimeSpan? RetryAfter { get; } = retryAfter;
}

/// <summary>A business rule says no about one field (a taken name): the page shows it at that field.</summary>
public sealed class FieldRuleProblem(string code, string field, string message) : AppProblem(code, message)
{
    public string Field { get; } = field;
}
