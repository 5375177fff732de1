using Microsoft.AspNetCore.Components;
using MudBlazor;
using UtmStudio.Components.Shared;
using UtmStudio.Data.Entities;

namespace UtmStudio.Features.Domains;

public partial class DomainSettingsPage
{
    private DomainSettings? _settings;
    private bool _isYourSignupDomain;

    [Inject]
    private DomainService Domains { get; set; } = null!;

    [Inject]
    private UserDomains UserDomains { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    private bool IsManager => _settings?.Role == MemberRole.Manager;

    private bool IsReadOnly => _settings?.Status == SubscriptionStatus.Inactive;

    private bool CanEdit => IsManager && !IsReadOnly;

    /// <summary>What this page holds for the reader: deleting is a manager's, so members are not promised it.</summary>
    private string Subtitle => _settings is null ? Domain
        : IsManager ? $"{_settings.Name}: its subscription, how its short links redirect, its UTM conventions, and deleting it."
        : $"{_settings.Name}: its subscription, how its short links redirect and its UTM conventions. Its managers change these settings.";

    private string? ReadOnlyReason =>
        !IsManager ? $"Only managers of {_settings?.Name} can change its settings."
        : IsReadOnly ? $"{_settings?.Name} is inactive, so its settings can't be changed."
        : null;

    /// <summary>The loaded settings, carried from the prerender into the interactive render.</summary>
    [PersistentState]
    public DomainSettings? PersistedSettings
    {
        get => _settings;
        set => _settings = value;
    }

    protected override async Task LoadAsync()
    {
        _settings = await Domains.GetSettingsAsync(Caller, Domain, CancellationToken.None);
        await RestoredAsync();
    }

    protected override bool HasDataFor(string domain) => SameDomain(_settings?.Name, domain);

    protected override async Task RestoredAsync()
    {
        var mine = await UserDomains.GetAsync();
        _isYourSignupDomain = mine.Any(d => d.IsSignupDomain && SameDomain(d.Name, _settings!.Name));
    }

    private async Task<bool> SaveRedirectTypeAsync(int redirectType)
    {
        var saved = await Snackbar.TryAsync(
            () => Domains.UpdateRedirectTypeAsync(Caller, Domain, redirectType, CancellationToken.None),
            $"Short links of {_settings!.Name} now redirect with {redirectType}.");
        if (saved)
        {
            _settings = _settings with { DefaultRedirectType = redirectType };
            StateHasChanged(); // called by the card, not as an event of this page
        }

        return saved;
    }

    private async Task<bool> SaveQueryForwardingAsync(bool forward, bool overridesUtm)
    {
        var saved = await Snackbar.TryAsync(
            () => Domains.UpdateQueryForwardingAsync(Caller, Domain, forward, overridesUtm, CancellationToken.None),
            forward ? "Short links now pass their query parameters on." : "Short links no longer pass query parameters on.");
        if (saved)
        {
            _settings = _settings! with { ForwardQueryParameters = forward, QueryOverridesUtm = overridesUtm };
            StateHasChanged();
        }

        return saved;
    }

    private async Task DeleteAsync()
    {
        var name = _settings!.Name;
        var parameters = new DialogParameters<DeleteDomainDialog>
        {
            { d => d.DomainName, name },
            { d => d.Caller, Caller },
        };
        var dialog = await Dialogs.ShowAsync<DeleteDomainDialog>($"Delete {name}?", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
        var result = await dialog.Result;
        if (result is { Canceled: false })
        {
            await UserDomains.RefreshAsync();
            // The manager lands on another domain; this says what happened and where the trace of it is kept.
            Snackbar.Add($"{name} was deleted. Your profile lists the domains you deleted.", Severity.Success, options =>
            {
                options.Action = "Open profile";
                options.OnClick = _ =>
                {
                    Navigation.NavigateTo("/profile");
                    return Task.CompletedTask;
                };
            });
            Navigation.NavigateTo("/dashboard");
        }
    }
}
