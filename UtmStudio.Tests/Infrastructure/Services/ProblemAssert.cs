using UtmStudio.Features.Shared;

namespace UtmStudio.Tests.Infrastructure.Services;

public static class ProblemAssert
{
    /// <summary>The call is refused by the business rule with this stable code (what API clients see).</summary>
    public static async Task<RuleProblem> RefusedAsync(string code, Func<Task> call)
    {
        var problem = await Assert.ThrowsAsync<RuleProblem>(call);
        Assert.Equal(code, problem.Code);
        return problem;
    }
}
