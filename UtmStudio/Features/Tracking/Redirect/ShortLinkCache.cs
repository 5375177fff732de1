using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace UtmStudio.Features.Tracking.Redirect;

/// <summary>
/// The redirect's bounded in-memory cache of short codes. A link edit or delete on this instance evicts its code at
/// once (<see cref="Evict"/>); a change to a whole domain (redirect type, forwarding, verification, deletion) bumps
/// the domain's generation, which makes every cached link of it stale without enumerating the cache. Entries also
/// expire (<see cref="TrackingOptions.CacheTtl"/>), which bounds how stale another instance can be.
/// </summary>
public sealed class ShortLinkCache : IDisposable
{
    private readonly MemoryCache _cache;
    private readonly ConcurrentDictionary<Guid, int> _domainGenerations = new();
    private readonly TrackingOptions _options;
    private long _changes;
    private long _lookups;
    private long _misses;

    public ShortLinkCache(IOptions<TrackingOptions> options, TimeProvider time)
    {
        _options = options.Value;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, _options.CacheSize), Clock = new TimeProviderClock(time) });
    }

    public bool TryGet(string code, out ShortLinkResult result)
    {
        Interlocked.Increment(ref _lookups);
        if (_cache.TryGetValue(code, out ShortLinkResult? cached) && cached is not null
            && (cached.Target is null || cached.DomainGeneration == GenerationOf(cached.Target.DomainId)))
        {
            result = cached;
            return true;
        }

        result = null!;
        return false;
    }

    /// <summary>Counts evictions; a lookup reads it before asking the database and caches its answer only if no
    /// eviction happened meanwhile (an edit committed during the read must not be cached over).</summary>
    public long Changes => Interlocked.Read(ref _changes);

    public void Set(string code, ShortLinkResult result, long changesBefore)
    {
        if (Changes != changesBefore)
        {
            return;
        }

        _cache.Set(code, result, new MemoryCacheEntryOptions
        {
            Size = 1,
            // Unknown codes and links of unverified domains briefly: a code may be created, a domain verified, any moment.
            AbsoluteExpirationRelativeToNow = result is { State: ShortLinkState.Link, Target.DomainVerified: true } or { State: ShortLinkState.Retired }
                ? _options.CacheTtl
                : _options.UnknownCodeTtl,
        });
    }

    /// <summary>The generation to stamp on a link of this domain read from now on.</summary>
    public int GenerationOf(Guid domainId) => _domainGenerations.GetValueOrDefault(domainId);

    /// <summary>A link was created, edited or deleted: the next visit reads it again.</summary>
    public void Evict(string code)
    {
        Interlocked.Increment(ref _changes);
        _cache.Remove(code);
    }

    /// <summary>Something every link of the domain depends on changed.</summary>
    public void EvictDomain(Guid domainId)
    {
        Interlocked.Increment(ref _changes);
        _domainGenerations.AddOrUpdate(domainId, 1, (_, generation) => generation + 1);
    }

    public int Count => _cache.Count;

    /// <summary>Lookups since start, and how many went to the database.</summary>
    public (long Lookups, long Misses) Stats => (Interlocked.Read(ref _lookups), Interlocked.Read(ref _misses));

    internal void CountMiss() => Interlocked.Increment(ref _misses);

    public void Dispose() => _cache.Dispose();

    /// <summary>MemoryCache tells time through its own clock interface: the app's TimeProvider behind it, so that
    /// expiry follows the same clock as everything else (and a test's fake one).</summary>
    private sealed class TimeProviderClock(TimeProvider time) : Microsoft.Extensions.Internal.ISystemClock
    {
        public DateTimeOffset UtcNow => time.GetUtcNow();
    }
}
