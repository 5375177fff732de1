using MudBlazor;
using UtmStudio.Components.Shared;
using UtmStudio.Features.Shared;

namespace UtmStudio.Features.Links.Conventions.Settings;

public partial class ConventionsSettingsPage
{
    private async Task SaveAsync()
    {
        if (!IsDirty || _saving)
        {
            return;
        }

        if (!IsValid)
        {
            Snackbar.Add("Fix the settings marked in red first; each one says how.", Severity.Warning);
            return;
        }

        var saving = _current;
        _saving = true;
        try
        {
            if (!await ConfirmBreakingLinksAsync(saving))
            {
                return;
            }

            _view = await Conventions.SaveAsync(Caller, Domain, saving, _view!.Conventions, CancellationToken.None);
            Reset(_view.Conventions);
            Snackbar.Add("Conventions saved. The builder applies them from now on.", Severity.Success);
        }
        catch (LinkConventionsChangedProblem conflict)
        {
            _conflict = conflict.Current;
        }
        catch (ValidationProblem invalid)
        {
            _serviceProblems = invalid.Errors.ToDictionary(e => e.Key, e => string.Join(" ", e.Value));
            _saveProblem = ProblemMessage.From(invalid);
        }
        catch (Exception exception) when (ProblemMessage.For(exception) is { } problem)
        {
            _saveProblem = problem;
        }
        finally
        {
            _saving = false;
        }
    }

    /// <summary>True to go on: no existing link breaks the conventions, or the manager says save anyway.</summary>
    private async Task<bool> ConfirmBreakingLinksAsync(LinkConventions saving)
    {
        if (_reportFor != saving)
        {
            _checking = true;
            try
            {
                _report = await Conventions.GetBreakingLinksAsync(Caller, Domain, saving, ListedLinks, CancellationToken.None);
                _reportFor = saving;
            }
            finally
            {
                _checking = false;
            }
        }

        var total = _report!.Total;
        return total == 0 || await Dialogs.ConfirmAsync(
            "Save the conventions?",
            $"{(total == 1 ? "1 existing link doesn't" : $"{total} existing links don't")} follow these conventions.",
            "Save anyway",
            "Existing links keep their values; they are not changed. The builder applies the conventions when a link is created or edited. The check lists them for you.",
            Color.Primary);
    }
}
