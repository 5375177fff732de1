using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace UtmStudio.Features.Shared;

/// <summary>
/// The one mapping from a service's refusal (<see cref="AppProblem"/>) to RFC 9457 problem details: status and
/// title from the code's declaration in <see cref="ErrorCodes"/>, the user's message as <c>detail</c>, the code as
/// <c>code</c>, and the fields as <c>errors</c> for invalid input.
/// </summary>
public static class ProblemDetailsMapping
{
    public const string CodeKey = "code";

    public static ProblemDetails ToProblemDetails(AppProblem problem)
    {
        var details = problem is ValidationProblem { Errors.Count: > 0 } invalid
            ? new HttpValidationProblemDetails(invalid.Errors.ToDictionary())
            : new ProblemDetails();
        var declared = ErrorCodes.Find(problem.Code);
        details.Status = declared?.Status ?? StatusOfKind(problem);
        details.Type = ErrorCodeInfo.TypeOf(problem.Code);
        details.Title = declared?.Title ?? ReasonPhrases.GetReasonPhrase(details.Status.Value);
        details.Detail = problem.Message;
        details.Extensions[CodeKey] = problem.Code;
        return details;
    }

    /// <summary>An HTTP status the pipeline answered without a service (no such endpoint, wrong method…).</summary>
    public static ProblemDetails ForStatus(int status, string? detail = null)
    {
        var code = CodeOfStatus(status);
        var declared = ErrorCodes.Find(code)!;
        return new ProblemDetails
        {
            Status = status,
            Type = declared.Type,
            Title = declared.Status == status ? declared.Title : ReasonPhrases.GetReasonPhrase(status),
            Detail = detail,
            Extensions = { [CodeKey] = code },
        };
    }

    /// <summary>For problems the framework writes itself (e.g. a body it cannot bind): the code that fits the status.</summary>
    public static string CodeOfStatus(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => ErrorCodes.AuthenticationRequired,
        StatusCodes.Status403Forbidden => ErrorCodes.Forbidden,
        StatusCodes.Status404NotFound => ErrorCodes.EndpointNotFound,
        StatusCodes.Status405MethodNotAllowed => ErrorCodes.MethodNotAllowed,
        StatusCodes.Status409Conflict => ErrorCodes.ConcurrencyConflict,
        StatusCodes.Status429TooManyRequests => ErrorCodes.RateLimited,
        >= 500 => ErrorCodes.InternalError,
        _ => ErrorCodes.BadRequest,
    };

    /// <summary>For a code not declared in <see cref="ErrorCodes"/> (a bug the catalogue test catches): the kind decides.</summary>
    private static int StatusOfKind(AppProblem problem) => problem switch
    {
        NotFoundProblem => StatusCodes.Status404NotFound,
        ForbiddenProblem => StatusCodes.Status403Forbidden,
        ValidationProblem => StatusCodes.Status400BadRequest,
        ConflictProblem => StatusCodes.Status409Conflict,
        RateLimitedProblem => StatusCodes.Status429TooManyRequests,
        _ => StatusCodes.Status409Conflict,
    };
}
