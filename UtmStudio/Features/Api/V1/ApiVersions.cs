using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using UtmStudio.Features.Shared;

namespace UtmStudio.Features.Api.V1;

/// <summary>
/// Optimistic concurrency over HTTP: a resource's ETag is its row version (xmin); a change sends it back in
/// <c>If-Match</c>. Missing: 428 <c>precondition.required</c>; no longer current: 412 <c>precondition.failed</c> with the
/// resource as it is now (<c>current</c>) and its new ETag, so the client can merge and retry — never a lost update.
/// </summary>
public static class ApiVersions
{
    public const string CurrentKey = "current";

    public static string ETagOf(uint version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>The version <c>If-Match</c> names; null when the header is missing.</summary>
    public static uint? IfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0)
        {
            return null;
        }

        var tag = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        return tag.Length > 2 && tag[0] == '"' && tag[^1] == '"'
            && uint.TryParse(tag[1..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            // Not an ETag this API gave: it can match no version.
            : throw new RuleProblem(ErrorCodes.PreconditionFailed, "If-Match does not hold an ETag of this resource.");
    }

    public static uint RequireIfMatch(HttpRequest request) => IfMatch(request)
        ?? throw new RuleProblem(ErrorCodes.PreconditionRequired,
            "Send the ETag you read in an If-Match header, so a change made by someone else in the meantime is not overwritten.");

    public static ProblemHttpResult Changed<T>(HttpContext http, uint version, T current)
    {
        var details = ProblemDetailsMapping.ToProblemDetails(new RuleProblem(ErrorCodes.PreconditionFailed,
            "Someone changed this since you read it. The response carries it as it is now; apply your change to it and send its ETag."));
        details.Extensions[CurrentKey] = current;
        http.Response.Headers.ETag = ETagOf(version);
        return TypedResults.Problem(details);
    }

    /// <summary>A resource with its ETag header.</summary>
    public static Ok<T> WithETag<T>(HttpContext http, uint version, T resource)
    {
        http.Response.Headers.ETag = ETagOf(version);
        return TypedResults.Ok(resource);
    }

    public static ProblemDetails Problem(AppProblem problem) => ProblemDetailsMapping.ToProblemDetails(problem);
}
