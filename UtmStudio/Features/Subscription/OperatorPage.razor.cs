using Microsoft.AspNetCore.Components;
using MudBlazor;
using UtmStudio.Components.Shared;
using UtmStudio.Data.Entities;
using UtmStudio.Identity;

namespace UtmStudio.Features.Subscription;

public partial class OperatorPage
{
    private IReadOnlyList<OperatorDomainRow> _rows = [];
    private bool _loading = true;
    private bool _isOperator;
    private bool _busy;
    private string? _search;
    private Caller? _caller;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = null!;

    [Inject]
    private OperatorService Operators { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    private string Summary
    {
        get
        {
            var trial = _rows.Count(r => r.EffectiveStatus == SubscriptionStatus.Trial);
            var active = _rows.Count(r => r.EffectiveStatus == SubscriptionStatus.Active);
            var inactive = _rows.Count(r => r.EffectiveStatus == SubscriptionStatus.Inactive);
            var unverified = _rows.Count(r => !r.IsVerified);
            return $"{_rows.Count} {(_rows.Count == 1 ? "domain" : "domains")} · {unverified} unverified · {trial} trial · {active} active · {inactive} inactive";
        }
    }

    protected override async Task OnInitializedAsync()
    {
        try
        {
            _caller = await CurrentUser.GetCallerAsync();
            _isOperator = _caller is not null && OperatorService.IsOperator(_caller);
            if (!_isOperator)
            {
                Navigation.NotFound(); // nobody else learns that this page exists
                return;
            }

            _rows = await Operators.ListDomainsAsync(_caller!, CancellationToken.None);
        }
        finally
        {
            _loading = false;
        }
    }

    private async Task SetStatusAsync(OperatorDomainRow row, SubscriptionStatus status)
    {
        _busy = true;
        try
        {
            await Snackbar.TryAsync(() => Operators.SetStatusAsync(_caller!, row.Id, status, CancellationToken.None),
                $"{row.Name} is now {status.ToString().ToLowerInvariant()}.");
            _rows = await Operators.ListDomainsAsync(_caller!, CancellationToken.None);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task ReloadAsync() => _rows = await Operators.ListDomainsAsync(_caller!, CancellationToken.None);

    private bool Matches(OperatorDomainRow row) =>
        string.IsNullOrWhiteSpace(_search)
        || row.Name.Contains(_search.Trim(), StringComparison.OrdinalIgnoreCase)
        || row.ManagerEmail.Contains(_search.Trim(), StringComparison.OrdinalIgnoreCase);
}
