using Microsoft.AspNetCore.Http;
using UtmStudio.Features.Shared;

namespace UtmStudio.Tests.Unit.Errors;

/// <summary>What an API client receives for each kind of refusal a service can throw.</summary>
public sealed class ProblemDetailsMappingTests
{
    public static TheoryData<string, AppProblem, int, string> EveryKind => new()
    {
        { "not found", new NotFoundProblem("That invitation"), 404, ErrorCodes.NotFound },
        { "rule answered as not found", new RuleProblem(ErrorCodes.DomainNotFound, "No team uses acme.test yet."), 404, ErrorCodes.DomainNotFound },
        { "forbidden", new ForbiddenProblem("Only managers of acme.test can change its settings."), 403, ErrorCodes.Forbidden },
        { "validation", new ValidationProblem("Choose 302 (temporary), 301 (permanent), 307 or 308."), 400, ErrorCodes.ValidationFailed },
        { "rule about the current state", new RuleProblem(ErrorCodes.DomainReadOnly, "acme.test is read-only."), 409, ErrorCodes.DomainReadOnly },
        { "rule about the request itself", new RuleProblem(ErrorCodes.TeamRemoveSelf, "Use \"Leave domain\"."), 422, ErrorCodes.TeamRemoveSelf },
        { "concurrency conflict", new ConflictProblem("Someone else changed this at the same moment."), 409, ErrorCodes.ConcurrencyConflict },
        { "rate limited", new RateLimitedProblem("You asked too often today.", TimeSpan.FromMinutes(5)), 429, ErrorCodes.RateLimited },
        { "upstream failure", new RuleProblem(ErrorCodes.EmailNotSent, "The email couldn't be sent."), 502, ErrorCodes.EmailNotSent },
    };

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void Each_kind_answers_with_its_status_code_title_and_the_users_message(string kind, AppProblem problem, int status, string code)
    {
        var details = ProblemDetailsMapping.ToProblemDetails(problem);

        Assert.True(status == details.Status, $"{kind}: status {details.Status}, expected {status}");
        Assert.Equal(code, details.Extensions[ProblemDetailsMapping.CodeKey]);
        Assert.Equal("urn:utmstudio:problem:" + code, details.Type);
        Assert.Equal(ErrorCodes.Find(code)!.Title, details.Title);
        Assert.Equal(problem.Message, details.Detail);
    }

    [Fact]
    public void Invalid_fields_are_listed_per_field()
    {
        var details = ProblemDetailsMapping.ToProblemDetails(ValidationProblem.ForField("redirectType", "Choose 302, 301, 307 or 308."));

        var validation = Assert.IsType<HttpValidationProblemDetails>(details);
        Assert.Equal(400, validation.Status);
        Assert.Equal(["Choose 302, 301, 307 or 308."], validation.Errors["redirectType"]);
    }

    [Fact]
    public void A_validation_problem_without_fields_has_no_empty_errors_member()
    {
        var details = ProblemDetailsMapping.ToProblemDetails(new ValidationProblem("Enter a valid email address."));

        Assert.IsNotType<HttpValidationProblemDetails>(details);
    }

    [Fact]
    public void A_rule_code_missing_from_the_catalogue_still_answers_by_its_kind()
    {
        var details = ProblemDetailsMapping.ToProblemDetails(new RuleProblem("made.up", "No."));

        Assert.Equal((409, "Conflict", "made.up"), (details.Status, details.Title, details.Extensions[ProblemDetailsMapping.CodeKey]));
    }

    [Theory]
    [InlineData(404, ErrorCodes.EndpointNotFound)]
    [InlineData(405, ErrorCodes.MethodNotAllowed)]
    [InlineData(401, ErrorCodes.AuthenticationRequired)]
    [InlineData(400, ErrorCodes.BadRequest)]
    [InlineData(415, ErrorCodes.BadRequest)]
    [InlineData(500, ErrorCodes.InternalError)]
    public void Statuses_the_pipeline_answers_by_itself_carry_a_code_too(int status, string code)
    {
        var details = ProblemDetailsMapping.ForStatus(status);

        Assert.Equal((status, code), (details.Status, details.Extensions[ProblemDetailsMapping.CodeKey]));
        Assert.False(string.IsNullOrEmpty(details.Title));
    }
}
