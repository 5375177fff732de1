using Microsoft.EntityFrameworkCore;
using Npgsql;
using UtmStudio.Features.Shared;

namespace UtmStudio.Tests.Unit;

public sealed class DatabaseProblemsTests
{
    [Fact]
    public void A_concurrent_change_becomes_a_conflict_the_user_can_act_on() =>
        Assert.IsType<ConflictProblem>(DatabaseProblems.Translate(new DbUpdateConcurrencyException("stale")));

    [Fact]
    public void The_team_triggers_last_manager_refusal_keeps_its_rule_code()
    {
        var trigger = new PostgresException("A domain must keep at least one manager", "ERROR", "ERROR", DatabaseProblems.LastManagerState);

        var problem = DatabaseProblems.Translate(new DbUpdateException("save failed", trigger));

        Assert.Equal(ErrorCodes.TeamLastManager, Assert.IsType<RuleProblem>(problem).Code);
    }

    [Fact]
    public void Refusals_pass_through_and_programming_errors_are_not_hidden()
    {
        var refusal = new ValidationProblem("Enter a name.");

        Assert.Same(refusal, DatabaseProblems.Translate(refusal));
        Assert.Null(DatabaseProblems.Translate(new InvalidOperationException("bug")));
        Assert.Null(DatabaseProblems.Translate(new NullReferenceException()));
    }
}
