using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using UtmStudio.Features.Account;
using UtmStudio.Features.Domains;

namespace UtmStudio.Components.Layout;

/// <summary>
/// For layout pieces that follow the domain in the URL (/d/{domain}/…): the user's domains, the current
/// one, and a re-render whenever either changes. A page without one of the user's domains in its address
/// (profile, not found) keeps the domain the user last opened, so the switcher and navigation don't reset.
/// </summary>
public abstract class DomainAwareComponent : ComponentBase, IDisposable
{
    [Inject]
    protected UserDomains UserDomains { get; set; } = null!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private LastDomain LastDomain { get; set; } = null!;

    protected IReadOnlyList<DomainSummary> Domains { get; private set; } = [];

    /// <summary>The domain named in the URL when it is one of the user's; else the one they last opened, if
    /// it still is one of theirs.</summary>
    protected DomainSummary? Current { get; private set; }

    /// <summary>Whether <see cref="Current"/> is the domain in the URL (not only the last one opened).</summary>
    protected bool CurrentIsInUrl { get; private set; }

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
        var inUrl = DomainRoute.TryParse(Navigation.ToBaseRelativePath(Navigation.Uri), out var name, out var subPath)
            ? Mine(name)
            : null;
        CurrentIsInUrl = inUrl is not null;
        SubPath = inUrl is null ? string.Empty : subPath;
        if (inUrl is not null)
        {
            Current = inUrl;
            await LastDomain.RememberAsync(inUrl.Name, RendererInfo.IsInteractive);
        }
        else
        {
            Current = LastDomain.Name is { } last ? Mine(last) : null;
        }
    }

    private DomainSummary? Mine(string name) =>
        Domains.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));

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
