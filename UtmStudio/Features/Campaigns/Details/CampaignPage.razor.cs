using Microsoft.AspNetCore.Components;
using MudBlazor;
using UtmStudio.Components.Shared;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Audit;
using UtmStudio.Features.Campaigns.Editing;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Shared;

namespace UtmStudio.Features.Campaigns.Details;

/// <summary>
/// One campaign: its details, UTM identity, targeting, activity and (with the UTM builder) its links. Any member may
/// edit it and change its status; deleting is for its creator or a manager (the service decides, the page only hides
/// what would be refused). Another domain's campaign, or an unknown id, is the not-found page.
/// </summary>
public partial class CampaignPage
{
    private CampaignDetails? _campaign;
    private IReadOnlyList<AuditItem> _activity = [];
    private bool _busy;

    [Parameter]
    public Guid CampaignId { get; set; }

    [Inject]
    private CampaignService Campaigns { get; set; } = null!;

    [Inject]
    private CampaignBoardService Board { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    private string BoardHref => DomainRoute.For(_campaign?.DomainName ?? Domain, "campaigns");

    /// <summary>The campaign and its activity, carried from the prerender into the interactive render.</summary>
    [PersistentState]
    public CampaignPageState? Persisted
    {
        get => _campaign is null ? null : new(_campaign, _activity);
        set => (_campaign, _activity) = value is null ? (null, []) : (value.Campaign, value.Activity);
    }

    protected override bool HasDataFor(string domain) => _campaign is not null && _campaign.Id == CampaignId && SameDomain(_campaign.DomainName, domain);

    protected override async Task LoadAsync()
    {
        _campaign = await Campaigns.GetAsync(Caller, Domain, CampaignId, CancellationToken.None);
        _activity = await Campaigns.GetActivityAsync(Caller, Domain, CampaignId, CancellationToken.None);
    }

    private async Task EditAsync()
    {
        var campaign = _campaign!;
        CampaignSuggestions? suggestions = null;
        _busy = true;
        var ready = await Snackbar.TryAsync(async () => suggestions = await Board.GetSuggestionsAsync(Caller, Domain, CancellationToken.None));
        _busy = false;
        if (ready && await CampaignDialogs.EditAsync(Dialogs, Caller, campaign, suggestions!) is { } saved)
        {
            Snackbar.Add($"{saved.Name} was saved.", Severity.Success);
            await ReloadAsync();
        }
    }

    private async Task ChangeStatusAsync(CampaignStatus status)
    {
        var campaign = _campaign!;
        _busy = true;
        try
        {
            await Campaigns.ChangeStatusAsync(Caller, Domain, campaign.Id, status, campaign.Version, CancellationToken.None);
            Snackbar.Add($"{campaign.Name} is now {CampaignStatusText.Of(status)}.", Severity.Success);
        }
        catch (CampaignChangedProblem conflict)
        {
            // Someone else changed it meanwhile: say what, and let the person decide.
            var choice = await CampaignDialogs.ShowConflictAsync(Dialogs, campaign.ToDraft(), status, conflict.Current);
            if (choice == ConflictChoice.Overwrite)
            {
                await Snackbar.TryAsync(() => Campaigns.ChangeStatusAsync(Caller, Domain, campaign.Id, status, conflict.Current.Version, CancellationToken.None),
                    $"{campaign.Name} is now {CampaignStatusText.Of(status)}.");
            }
        }
        catch (Exception exception) when (ProblemMessage.For(exception) is { } problem)
        {
            Snackbar.Show(problem);
        }
        finally
        {
            _busy = false;
        }

        await ReloadAsync();
    }

    private async Task DeleteAsync()
    {
        var campaign = _campaign!;
        CampaignDeletionImpact? impact = null;
        if (!await Snackbar.TryAsync(async () => impact = await Campaigns.GetDeletionImpactAsync(Caller, Domain, campaign.Id, CancellationToken.None))
            || !await Dialogs.ConfirmAsync("Delete campaign", $"Delete {impact!.Name}?", "Delete campaign", DeletionDetail(impact)))
        {
            return;
        }

        _busy = true;
        var deleted = await Snackbar.TryAsync(() => Campaigns.DeleteAsync(Caller, Domain, campaign.Id, CancellationToken.None), $"{impact.Name} was deleted.");
        _busy = false;
        if (deleted)
        {
            Navigation.NavigateTo(BoardHref);
        }
    }

    internal static string DeletionDetail(CampaignDeletionImpact impact) => impact.LinkCount switch
    {
        0 => "It has no links. The deletion is kept in the audit log. This can't be undone.",
        1 => "Its 1 link goes with it, and that link stops working. The deletion is kept in the audit log. This can't be undone.",
        var n => $"Its {n} links go with it, and they stop working. The deletion is kept in the audit log. This can't be undone.",
    };

    /// <summary>Shows the campaign as it is now; gone meanwhile (deleted by someone else) is the not-found page.</summary>
    private async Task ReloadAsync()
    {
        try
        {
            await LoadAsync();
        }
        catch (NotFoundProblem)
        {
            Navigation.NotFound();
        }
        catch (Exception exception) when (ProblemMessage.For(exception) is { } problem)
        {
            Snackbar.Show(problem);
        }
    }
}

/// <summary>What the page carries from the prerender.</summary>
public sealed record CampaignPageState(CampaignDetails Campaign, IReadOnlyList<AuditItem> Activity);
