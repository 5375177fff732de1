using System.Reflection;
using System.Text.RegularExpressions;
using UtmStudio.Features.Shared;

namespace UtmStudio.Tests.Unit.Errors;

/// <summary>The catalogue API clients rely on: well-formed, unique, each with an HTTP error status and a title.</summary>
public sealed partial class ErrorCodesTests
{
    private static readonly IReadOnlyList<string> Declared = typeof(ErrorCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToList();

    [Fact]
    public void Every_code_is_dotted_lowercase_unique_and_declares_an_error_status_and_title()
    {
        Assert.NotEmpty(Declared);
        Assert.Equal(Declared.Count, Declared.Distinct().Count());
        Assert.Equal(Declared.Count, ErrorCodes.All.Count);
        Assert.All(Declared, code =>
        {
            Assert.Matches(CodeShape(), code);
            var info = ErrorCodes.Find(code);
            Assert.NotNull(info);
            Assert.InRange(info.Status, 400, 599);
            Assert.False(string.IsNullOrWhiteSpace(info.Title));
        });
    }

    [Fact]
    public void The_kinds_of_problem_use_declared_codes()
    {
        AppProblem[] kinds =
        [
            new NotFoundProblem(), new ForbiddenProblem("x"), new ValidationProblem("x"), new ConflictProblem("x"),
            new RateLimitedProblem("x"), DatabaseProblems.Translate(new Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException())!,
        ];

        Assert.All(kinds, problem => Assert.Contains(problem.Code, Declared));
    }

    [GeneratedRegex("^[a-z]+(_[a-z]+)*(\\.[a-z]+(_[a-z]+)*)?$")]
    private static partial Regex CodeShape();
}
