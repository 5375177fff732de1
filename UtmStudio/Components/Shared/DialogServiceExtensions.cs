using MudBlazor;

namespace UtmStudio.Components.Shared;

public static class DialogServiceExtensions
{
    /// <summary>Asks before a destructive action; true only when the user pressed the confirm button.</summary>
    public static async Task<bool> ConfirmAsync(
        this IDialogService dialogs, string title, string message, string confirmText, string? detail = null, Color color = Color.Error)
    {
        var parameters = new DialogParameters<ConfirmDialog>
        {
            { d => d.Message, message },
            { d => d.Detail, detail },
            { d => d.ConfirmText, confirmText },
            { d => d.Color, color },
        };
        var dialog = await dialogs.ShowAsync<ConfirmDialog>(title, parameters,
            new DialogOptions { MaxWidth = MaxWidth.ExtraSmall, FullWidth = true, CloseOnEscapeKey = true });
        var result = await dialog.Result;
        return result is { Canceled: false };
    }
}
