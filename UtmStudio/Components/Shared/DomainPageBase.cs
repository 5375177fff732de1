using Microsoft.AspNetCore.Components;
using MudBlazor;
using UtmStudio.Features.Shared;
using UtmStudio.Identity;

namespace UtmStudio.Components.Shared;

/// <summary>
/// A page under /d/{Domain}/…: knows the signed-in user and the domain from the URL, and shows the
/// not-found page (HTTP 404 on first load) when the domain is not one of the user's.
/// </summary>
public abstract class DomainPageBase : ComponentBase
{
    [Parameter]
    public string Domain { get; set; } = string.Empty;

    [Inject]
    protected CurrentUser CurrentUser { get; set; } = null!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = null!;

    [Inject]
    protected ISnackbar Snackbar { get; set; } = null!;

    private readonly SemaphoreSlim _loads = new(1, 1);

    /// <summary>The signed-in person, as the services take them.</summary>
    protected Caller.User Caller { get; private set; } = null!;

    protected Guid UserId => Caller.UserId;

    protected bool Loading { get; private set; } = true;

    /// <summary>Why the page could not load (say, a role that may not see it); pages show it with &lt;ProblemAlert&gt;.</summary>
    protected ProblemMessage? LoadProblem { get; private set; }

    protected override async Task OnParametersSetAsync()
    {
        Caller = await CurrentUser.GetCallerAsync() ?? throw new InvalidOperationException("Domain pages require a signed-in user.");
        if (HasDataFor(Domain))
        {
            // Carried over from the prerender: show it at once instead of flashing a loader.
            await RestoredAsync();
            Loading = false;
            return;
        }

        Loading = true;

        // One load at a time: switching domains quickly must not let an older, slower load overwrite the
        // newer domain's data after it.
        await _loads.WaitAsync();
        try
        {
            LoadProblem = null;
            await LoadAsync();
        }
        catch (NotFoundProblem)
        {
            Navigation.NotFound();
        }
        catch (Exception exception) when (ProblemMessage.For(exception) is { } problem)
        {
            LoadProblem = problem;
        }
        finally
        {
            _loads.Release();
            Loading = false;
        }
    }

    /// <summary>
    /// Loads the page's data for <see cref="Domain"/>: a NotFoundProblem shows the not-found page, any other
    /// refusal becomes <see cref="LoadProblem"/>.
    /// </summary>
    protected abstract Task LoadAsync();

    /// <summary>Whether the page already holds data for this domain ([PersistentState] from the prerender).</summary>
    protected virtual bool HasDataFor(string domain) => false;

    /// <summary>Recomputes what the page derives from circuit state after its data was restored.</summary>
    protected virtual Task RestoredAsync() => Task.CompletedTask;

    /// <summary>Whether a loaded (stored) name is the domain the address names, in whatever form it was typed.</summary>
    protected static bool SameDomain(string? stored, string routeName) => Features.Domains.DomainName.Same(stored, routeName);
}
