using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;
using UtmStudio.Components.Shared;
using UtmStudio.Features.Campaigns.Targeting;
using UtmStudio.Features.Shared;
using UtmStudio.Identity;

namespace UtmStudio.Features.Campaigns.Editing;

public partial class CampaignDialog
{
    private CampaignForm _form = new();
    private readonly CampaignFormErrors _errors = new();
    private ProblemMessage? _problem;
    private bool _saving;

    /// <summary>The campaign as last read from the server: its version is what an edit is based on.</summary>
    private CampaignDetails? _stored;

    [Inject]
    private CampaignService Campaigns { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    [CascadingParameter]
    private IMudDialogInstance MudDialog { get; set; } = null!;

    [Parameter, EditorRequired]
    public Caller Caller { get; set; } = null!;

    [Parameter, EditorRequired]
    public string DomainName { get; set; } = "";

    [Parameter, EditorRequired]
    public CampaignSuggestions Suggestions { get; set; } = null!;

    /// <summary>The campaign being edited; null while creating.</summary>
    [Parameter]
    public CampaignDetails? Campaign { get; set; }

    private bool IsNew => Campaign is null;

    protected override void OnInitialized()
    {
        _stored = Campaign;
        _form = Campaign is null ? CampaignForm.From(CampaignDraft.New(), utmCampaignFollowsName: true) : CampaignForm.From(Campaign.ToDraft(), false);
        _errors.Check(_form.ToDraft());
    }

    private void FieldChanged(string field)
    {
        _errors.Touch(field);
        if (field == "name" && _form.UtmCampaignFollowsName)
        {
            _errors.Touch("utmCampaign");
        }

        _errors.Check(_form.ToDraft());
    }

    private void TargetingChanged(TargetingCriteria targeting)
    {
        _form.Targeting = targeting;
        _errors.TouchTargeting();
        _errors.Check(_form.ToDraft());
    }

    private Task KeyDownAsync(KeyboardEventArgs args) =>
        args is { Key: "Enter", ShiftKey: false, IsComposing: false } ? SaveAsync() : Task.CompletedTask;

    private async Task SaveAsync()
    {
        if (_saving)
        {
            return;
        }

        _errors.ShowAll = true;
        _errors.Check(_form.ToDraft());
        if (_errors.HasLive)
        {
            _problem = new ProblemMessage(ErrorCodes.ValidationFailed, "Some fields need a look before the campaign can be saved.", Severity.Warning);
            return;
        }

        _saving = true;
        _problem = null;
        try
        {
            await SaveWithAnswersAsync();
        }
        finally
        {
            _saving = false;
        }
    }

    /// <summary>Saves; asks about links and conflicts as the service raises them, then saves again with the answer.</summary>
    private async Task SaveWithAnswersAsync()
    {
        var links = LinksOnUtmCampaignChange.Ask;
        var version = _stored?.Version ?? 0;
        while (true)
        {
            var draft = _form.ToDraft();
            try
            {
                var saved = _stored is null
                    ? await Campaigns.CreateAsync(Caller, DomainName, draft, CancellationToken.None)
                    : await Campaigns.UpdateAsync(Caller, DomainName, _stored.Id, draft, version, links, CancellationToken.None);
                MudDialog.Close(DialogResult.Ok(saved));
                return;
            }
            catch (RuleProblem problem) when (problem.Code == ErrorCodes.CampaignUtmCampaignHasLinks && _stored is not null)
            {
                if (await UtmCampaignLinksDialog.AskAsync(Dialogs, _stored.LinkCount, _stored.UtmCampaign, draft.UtmCampaign) is not { } answer)
                {
                    return; // cancelled: the form stays as typed
                }

                links = answer;
            }
            catch (CampaignChangedProblem conflict)
            {
                var choice = await CampaignDialogs.ShowConflictAsync(Dialogs, draft, null, conflict.Current);
                if (choice == ConflictChoice.Overwrite)
                {
                    // Deliberately on top of theirs: the next save is based on the version just shown.
                    _stored = conflict.Current;
                    version = conflict.Current.Version;
                    continue;
                }

                if (choice == ConflictChoice.Reload)
                {
                    Reload(conflict.Current);
                }
                else
                {
                    // Still based on the old version, so saving again shows the conflict again: never a silent overwrite.
                    _problem = new ProblemMessage(ErrorCodes.ConcurrencyConflict,
                        "Not saved: someone else changed this campaign. Save again to choose between their version and yours.", Severity.Warning);
                }

                return;
            }
            catch (ValidationProblem problem)
            {
                _errors.FromServer(problem.Errors);
                _problem = ProblemMessage.From(problem);
                return;
            }
            catch (FieldRuleProblem problem)
            {
                _errors.FromServer(problem.Field, problem.Message);
                return;
            }
            catch (Exception exception) when (ProblemMessage.For(exception) is { } problem)
            {
                _problem = problem;
                return;
            }
        }
    }

    /// <summary>Takes the campaign as someone else saved it: the form shows their values, the next save builds on them.</summary>
    private void Reload(CampaignDetails current)
    {
        _stored = current;
        _form = CampaignForm.From(current.ToDraft(), utmCampaignFollowsName: false);
        _errors.ClearServer();
        _errors.Check(_form.ToDraft());
        _problem = new ProblemMessage(ErrorCodes.ConcurrencyConflict,
            "The form now shows the campaign as it was last saved. Make your changes again if you still need them.", Severity.Info);
    }
}
