using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using UtmStudio.Features.Domains;

namespace UtmStudio.Components.Layout;

/// <summary>
/// For layout pieces that follow the domain in the URL (/d/{domain}/…): the user's domains, the current
/// one, and a re-render whenever either changes.
/// </summary>
public abstract class DomainAwareComponent : ComponentBase, IDisposable
{
    [Inject]
    protected UserDomains UserDomains { get; set; } = null!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = null!;

    protected IReadOnlyList<DomainSummary> Domains { get; private set; } = [];

    /// <summary>The domain named in the URL, when it is one of the user's.</summary>
    protected DomainSummary? Current { get; private set; }

    /// <summary>The part of the URL after /d/{domain}/, kept when switching domains.</summary>
    protected string SubPath { get; private set; } = string.Empty;

    protected override async Task OnInitializedAsync()
    {
        Navigation.LocationChanged += OnLocationChanged;
        UserDomains.Changed += OnDomainsChanged;
        await RefreshAsync();
    }

    private async Task RefreshAsync()
    {
        Domains = await UserDomains.GetAsync();
        Current = DomainRoute.TryParse(Navigation.ToBaseRelativePath(Navigation.Uri), out var name, out var subPath)
            ? Domains.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase))
            : null;
        SubPath = Current is null ? string.Empty : subPath;
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e) => _ = InvokeAsync(async () =>
    {
        try
        {
            await RefreshAsync();
            StateHasChanged();
        }
        catch (Exception ex)
        {
            await DispatchExceptionAsync(ex);
        }
    });

    private void OnDomainsChanged() => OnLocationChanged(this, null!);

    public void Dispose()
    {
        Navigation.LocationChanged -= OnLocationChanged;
        UserDomains.Changed -= OnDomainsChanged;
        GC.SuppressFinalize(this);
    }
}
