using UtmStudio.Identity;

namespace UtmStudio.Features.Domains;

/// <summary>
/// The signed-in user's domains for this circuit (app bar switcher, sign-up gate), loaded once and
/// refreshed by whatever changes them.
/// </summary>
public sealed class UserDomains(DomainService domains, CurrentUser currentUser)
{
    private IReadOnlyList<DomainSummary>? _cache;

    public event Action? Changed;

    public async Task<IReadOnlyList<DomainSummary>> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_cache is null && await currentUser.GetCallerAsync() is { } caller)
        {
            _cache = await domains.ListMineAsync(caller, cancellationToken);
        }

        return _cache ?? [];
    }

    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        _cache = null;
        await GetAsync(cancellationToken);
        Changed?.Invoke();
    }
}
