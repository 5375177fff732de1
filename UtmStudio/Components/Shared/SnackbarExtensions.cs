using MudBlazor;

namespace UtmStudio.Components.Shared;

public static class SnackbarExtensions
{
    /// <summary>
    /// Runs a service call for an action on a page (see <see cref="ProblemMessage"/>): a refusal is shown as a
    /// snackbar and nothing the user typed is lost; anything else propagates to the layout's error boundary.
    /// </summary>
    public static async Task<bool> TryAsync(this ISnackbar snackbar, Func<Task> action, string? success = null)
    {
        var problem = await ProblemMessage.TryAsync(action);
        if (problem is not null)
        {
            snackbar.Show(problem);
            return false;
        }

        if (success is not null)
        {
            snackbar.Add(success, Severity.Success);
        }

        return true;
    }

    public static void Show(this ISnackbar snackbar, ProblemMessage problem) => snackbar.Add(problem.Text, problem.Severity);
}
