using MudBlazor;
using UtmStudio.Features.Shared;

namespace UtmStudio.Components.Shared;

public static class SnackbarExtensions
{
    /// <summary>
    /// Runs a service call from a page: a refusal (<see cref="AppProblem"/>, or a database conflict from two
    /// people acting at once) is shown as a message and nothing the user typed is lost; anything else
    /// propagates to the layout's error boundary.
    /// </summary>
    public static async Task<bool> TryAsync(this ISnackbar snackbar, Func<Task> action, string? success = null)
    {
        try
        {
            await action();
            if (success is not null)
            {
                snackbar.Add(success, Severity.Success);
            }

            return true;
        }
        catch (Exception exception) when (DatabaseProblems.Translate(exception) is { } problem)
        {
            snackbar.Add(problem.Message, problem is NotFoundProblem ? Severity.Error : Severity.Warning);
            return false;
        }
    }
}
