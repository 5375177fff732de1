using System.Collections.Concurrent;
using Npgsql;
using UtmStudio.Data.Tenancy;

namespace UtmStudio.Features.Tracking.Redirect;

/// <summary>
/// Finds the link of a short code: from the cache, else through the one narrow database function the anonymous
/// visitor may call (app_short_link). Throws when the database cannot be reached and the code is not cached; the
/// redirect then answers 503, and cached links keep working.
/// </summary>
public sealed class ShortLinkLookup(AppDataSource data, ShortLinkCache cache)
{
    // Misses in flight, by code: a burst of visits to a link that is not cached (a newsletter just went out) asks the
    // database once, not once per visitor — which would also exhaust the connection pool and answer them 503.
    private readonly ConcurrentDictionary<string, Lazy<Task<ShortLinkResult>>> _loading = new(StringComparer.Ordinal);

    private const string Sql =
        "SELECT state, link_id, domain_id, campaign_id, full_url, utm_source, utm_medium, utm_campaign, utm_content, utm_term, " +
        "ga4_channel, redirect_type, domain_verified, forward_query_parameters, query_overrides_utm FROM public.app_short_link($1)";

    public async ValueTask<ShortLinkResult> FindAsync(string code, CancellationToken cancellationToken)
    {
        if (cache.TryGet(code, out var cached))
        {
            return cached;
        }

        cache.CountMiss();
        var loading = _loading.GetOrAdd(code, c => new Lazy<Task<ShortLinkResult>>(() => LoadAndCacheAsync(c)));
        return await loading.Value.WaitAsync(cancellationToken);
    }

    /// <summary>Not cancelled by the visitor who started it: the others waiting for it still need the answer.</summary>
    private async Task<ShortLinkResult> LoadAndCacheAsync(string code)
    {
        try
        {
            var changesBefore = cache.Changes;
            var result = await LoadAsync(code, CancellationToken.None);
            cache.Set(code, result, changesBefore);
            return result;
        }
        finally
        {
            _loading.TryRemove(code, out _);
        }
    }

    private async Task<ShortLinkResult> LoadAsync(string code, CancellationToken cancellationToken)
    {
        await using var connection = await data.OpenVisitorAsync(cancellationToken);
        await using var command = new NpgsqlCommand(Sql, connection) { Parameters = { new() { Value = code } } };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return ShortLinkResult.Unknown(0);
        }

        if (reader.GetString(0) != "link")
        {
            return new ShortLinkResult(ShortLinkState.Retired, null, 0);
        }

        var domainId = reader.GetGuid(2);
        var generation = cache.GenerationOf(domainId);
        var target = new ShortLinkTarget(
            LinkId: reader.GetGuid(1),
            DomainId: domainId,
            CampaignId: reader.GetGuid(3),
            FullUrl: reader.GetString(4),
            RedirectStatus: reader.GetInt32(11),
            DomainVerified: reader.GetBoolean(12),
            ForwardQueryParameters: reader.GetBoolean(13),
            QueryOverridesUtm: reader.GetBoolean(14),
            Dimensions: new LinkDimensions(
                Channel: reader.GetString(10),
                Source: reader.GetString(5),
                Medium: reader.GetString(6),
                Campaign: reader.GetString(7),
                Content: reader.IsDBNull(8) ? null : reader.GetString(8),
                Term: reader.IsDBNull(9) ? null : reader.GetString(9)));
        return new ShortLinkResult(ShortLinkState.Link, target, generation);
    }
}
