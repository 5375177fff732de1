using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace UtmStudio.Features.Shared;

/// <summary>
/// Database refusals that reach a page despite the services' own checks — almost always two people changing
/// the same thing at the same moment — turned into messages a user can act on.
/// </summary>
public static class DatabaseProblems
{
    /// <summary>The SQLSTATE the teams trigger raises when a domain would lose its last manager.</summary>
    public const string LastManagerState = "UT001";

    public static AppProblem? Translate(Exception exception) => exception switch
    {
        AppProblem problem => problem,
        DbUpdateConcurrencyException => new ConflictProblem(
            "Someone else changed this at the same moment. Reload the page to see the latest version, then try again."),
        DbUpdateException { InnerException: PostgresException { SqlState: LastManagerState } } or PostgresException { SqlState: LastManagerState } =>
            new RuleProblem(ErrorCodes.TeamLastManager, "A domain must keep at least one manager. Make someone else a manager first."),
        DbUpdateException { InnerException: PostgresException } => new ConflictProblem(
            "That couldn't be saved because of a change made at the same moment. Reload the page and try again."),
        _ => null,
    };
}
