using MudBlazor;
using UtmStudio.Features.Shared;

namespace UtmStudio.Components.Shared;

/// <summary>
/// The one way a page shows a problem: a service's refusal (or a database conflict from two people acting at
/// once) becomes the service's own words, with a severity. Pages run service calls through <see cref="TryAsync"/>
/// and show the result with <c>&lt;ProblemAlert&gt;</c> (forms, dialogs, a page that cannot load) or
/// <see cref="SnackbarExtensions.TryAsync"/> (an action on a list). Anything else is a bug: it propagates to the
/// layout's error boundary (PageError), which never shows its details.
/// </summary>
public sealed record ProblemMessage(string Code, string Text, Severity Severity)
{
    public static ProblemMessage From(AppProblem problem) => new(problem.Code, problem.Message, problem switch
    {
        NotFoundProblem => Severity.Error,
        ForbiddenProblem => Severity.Info, // a member whose role does not allow this: nothing went wrong
        _ => Severity.Warning,
    });

    /// <summary>The message for an exception a user can act on; null for a bug.</summary>
    public static ProblemMessage? For(Exception exception) => DatabaseProblems.Translate(exception) is { } problem ? From(problem) : null;

    /// <summary>Runs a service call; a refusal comes back as the message to show, null when it succeeded.</summary>
    public static async Task<ProblemMessage?> TryAsync(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception exception) when (For(exception) is { } problem)
        {
            return problem;
        }
    }
}
