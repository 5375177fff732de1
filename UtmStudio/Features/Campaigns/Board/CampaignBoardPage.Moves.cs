using UtmStudio.Components.Shared;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Campaigns.Editing;
using UtmStudio.Features.Shared;

namespace UtmStudio.Features.Campaigns.Board;

/// <summary>Moving a card: shown at once, confirmed by the server, put back when refused.</summary>
public partial class CampaignBoardPage
{
    private async Task MoveAsync(CardMove move)
    {
        if (_state is not { Board.IsReadOnly: false } state || state.Move(move.Card.Id, move.To) is not { } before)
        {
            return;
        }

        await SaveMoveAsync(state, before, move.To, before.Version);
    }

    private async Task SaveMoveAsync(BoardState state, CampaignCard before, CampaignStatus to, uint version)
    {
        try
        {
            var saved = await Campaigns.ChangeStatusAsync(Caller, Domain, before.Id, to, version, CancellationToken.None);
            state.Put(CampaignCards.From(saved, before.RecentClicks));
            Snackbar.Add($"{saved.Name} moved to {CampaignStatusText.Of(saved.Status)}.", MudBlazor.Severity.Success);
        }
        catch (CampaignChangedProblem conflict)
        {
            await ResolveConflictAsync(state, before, to, conflict.Current);
        }
        catch (NotFoundProblem problem)
        {
            // Deleted by someone else meanwhile: nothing to put back.
            state.Remove(before.Id);
            Snackbar.Show(ProblemMessage.From(problem));
        }
        catch (Exception exception) when (ProblemMessage.For(exception) is { } problem)
        {
            state.Put(before);
            Snackbar.Show(problem);
        }
    }

    /// <summary>Someone else changed the campaign since the board was read: the card shows it as it is now, and the
    /// person chooses to keep that (Reload) or to move it anyway (Overwrite, against the version now stored).</summary>
    private async Task ResolveConflictAsync(BoardState state, CampaignCard before, CampaignStatus to, CampaignDetails current)
    {
        state.Put(CampaignCards.From(current, before.RecentClicks));
        StateHasChanged();
        // A move changes only the status: "mine" is the campaign as stored with my status, so the dialog lists just
        // that, and Overwrite moves it without touching what the other person edited.
        var choice = await CampaignDialogs.ShowConflictAsync(Dialogs, current.ToDraft(), to, current);
        if (choice == ConflictChoice.Overwrite && state.Move(current.Id, to) is { } now)
        {
            await SaveMoveAsync(state, now, to, current.Version);
        }
        else if (choice == ConflictChoice.Reload)
        {
            await ReloadAsync();
        }
    }
}
