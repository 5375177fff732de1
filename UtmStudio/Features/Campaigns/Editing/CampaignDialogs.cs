using MudBlazor;
using UtmStudio.Data.Entities;
using UtmStudio.Identity;

namespace UtmStudio.Features.Campaigns.Editing;

/// <summary>
/// The ways into the campaign dialog, for the board and the campaign page. The dialog saves through
/// <see cref="CampaignService"/> itself, so every caller gets the same validation, link question and conflict handling.
/// </summary>
public static class CampaignDialogs
{
    /// <summary>Returns the created campaign, or null when cancelled.</summary>
    public static Task<CampaignDetails?> CreateAsync(IDialogService dialogs, Caller caller, string domainName, CampaignSuggestions suggestions) =>
        ShowAsync(dialogs, "New campaign", new DialogParameters<CampaignDialog>
        {
            { d => d.Caller, caller },
            { d => d.DomainName, domainName },
            { d => d.Suggestions, suggestions },
        });

    /// <summary>Returns the saved campaign, or null when cancelled.</summary>
    public static Task<CampaignDetails?> EditAsync(IDialogService dialogs, Caller caller, CampaignDetails campaign, CampaignSuggestions suggestions) =>
        ShowAsync(dialogs, $"Edit {campaign.Name}", new DialogParameters<CampaignDialog>
        {
            { d => d.Caller, caller },
            { d => d.DomainName, campaign.DomainName },
            { d => d.Suggestions, suggestions },
            { d => d.Campaign, campaign },
        });

    /// <summary>
    /// Someone else changed the campaign: shows, field by field, what the person wanted (mine) next to what is stored
    /// now, and returns Reload (take theirs), Overwrite (save mine on top, deliberately) or null (cancel).
    /// </summary>
    public static async Task<ConflictChoice?> ShowConflictAsync(
        IDialogService dialogs, CampaignDraft mine, CampaignStatus? myStatus, CampaignDetails current)
    {
        var parameters = new DialogParameters<CampaignConflictDialog>
        {
            { d => d.Mine, mine },
            { d => d.MyStatus, myStatus },
            { d => d.Current, current },
        };
        var dialog = await dialogs.ShowAsync<CampaignConflictDialog>("Someone else changed this campaign", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
        var result = await dialog.Result;
        return result is { Canceled: false, Data: ConflictChoice choice } ? choice : null;
    }

    private static async Task<CampaignDetails?> ShowAsync(IDialogService dialogs, string title, DialogParameters<CampaignDialog> parameters)
    {
        // Escape cancels, a click beside the dialog does not: a stray click must never throw away a half-typed campaign.
        var dialog = await dialogs.ShowAsync<CampaignDialog>(title, parameters,
            new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true, BackdropClick = false });
        var result = await dialog.Result;
        return result is { Canceled: false, Data: CampaignDetails saved } ? saved : null;
    }
}

/// <summary>What the person chose when someone else had changed the campaign.</summary>
public enum ConflictChoice
{
    /// <summary>Take the campaign as it is now (their changes), dropping mine.</summary>
    Reload,

    /// <summary>Save mine on top of theirs, deliberately.</summary>
    Overwrite,
}
