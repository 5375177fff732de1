using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using UtmStudio.Features.Tracking;
using UtmStudio.Features.Tracking.Redirect;

namespace UtmStudio.Tests.Unit.Tracking;

/// <summary>
/// The redirect's cache on its own: what it keeps and for how long, that an edit is never cached over, that a domain
/// change makes all of the domain's links stale at once, and that it never holds more than its size.
/// (The integration tests prove the same through the redirect and the services that evict.)
/// </summary>
public sealed class ShortLinkCacheTests : IDisposable
{
    private static readonly Guid Acme = Guid.NewGuid();
    private static readonly Guid Globex = Guid.NewGuid();

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
    private readonly ShortLinkCache _cache;

    public ShortLinkCacheTests() => _cache = New(size: 1_000);

    public void Dispose() => _cache.Dispose();

    [Fact]
    public void A_code_never_set_is_a_miss_and_a_set_one_is_a_hit_with_what_was_set()
    {
        Assert.False(_cache.TryGet("spring", out _));

        var link = Link(Acme);
        _cache.Set("spring", link, _cache.Changes);

        Assert.True(_cache.TryGet("spring", out var found));
        Assert.Same(link, found);
        Assert.False(_cache.TryGet("Spring", out _)); // codes are case-sensitive
    }

    [Fact]
    public void A_link_of_a_verified_domain_and_a_retired_code_are_kept_for_the_cache_ttl()
    {
        _cache.Set("spring", Link(Acme), _cache.Changes);
        _cache.Set("gone", new ShortLinkResult(ShortLinkState.Retired, null, 0), _cache.Changes);

        _time.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        Assert.True(_cache.TryGet("spring", out _));
        Assert.True(_cache.TryGet("gone", out _));

        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.False(_cache.TryGet("spring", out _));
        Assert.False(_cache.TryGet("gone", out _));
    }

    [Fact]
    public void An_unknown_code_and_a_link_of_an_unverified_domain_are_kept_only_briefly()
    {
        // Either can change any moment: the code may be created, the domain verified.
        _cache.Set("nothing", ShortLinkResult.Unknown(0), _cache.Changes);
        _cache.Set("pending", Link(Acme, verified: false), _cache.Changes);

        _time.Advance(TimeSpan.FromSeconds(29));
        Assert.True(_cache.TryGet("nothing", out _));
        Assert.True(_cache.TryGet("pending", out _));

        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.False(_cache.TryGet("nothing", out _));
        Assert.False(_cache.TryGet("pending", out _));
    }

    [Fact]
    public void An_answer_read_before_an_edit_is_not_cached_over_it()
    {
        var before = _cache.Changes;
        _cache.Evict("spring"); // an edit commits while the lookup reads the old row

        _cache.Set("spring", Link(Acme), before);

        Assert.False(_cache.TryGet("spring", out _));
    }

    [Fact]
    public void An_evicted_code_is_read_again_at_once()
    {
        _cache.Set("spring", Link(Acme), _cache.Changes);

        _cache.Evict("spring");

        Assert.False(_cache.TryGet("spring", out _));
    }

    [Fact]
    public void A_domain_change_makes_every_cached_link_of_the_domain_stale_and_no_other()
    {
        _cache.Set("acme-1", Link(Acme), _cache.Changes);
        _cache.Set("acme-2", Link(Acme), _cache.Changes);
        _cache.Set("globex", Link(Globex), _cache.Changes);
        _cache.Set("nothing", ShortLinkResult.Unknown(0), _cache.Changes);

        _cache.EvictDomain(Acme);

        Assert.False(_cache.TryGet("acme-1", out _));
        Assert.False(_cache.TryGet("acme-2", out _));
        Assert.True(_cache.TryGet("globex", out _));
        Assert.True(_cache.TryGet("nothing", out _)); // belongs to no domain
        Assert.Equal(1, _cache.GenerationOf(Acme));
        Assert.Equal(0, _cache.GenerationOf(Globex));
    }

    [Fact]
    public void A_link_read_after_the_domain_change_is_stamped_with_its_new_generation_and_kept()
    {
        _cache.EvictDomain(Acme);
        var changes = _cache.Changes;

        _cache.Set("acme-1", Link(Acme, generation: _cache.GenerationOf(Acme)), changes);

        Assert.True(_cache.TryGet("acme-1", out _));
    }

    [Fact]
    public void It_never_holds_more_links_than_its_size()
    {
        using var small = New(size: 100);

        for (var i = 0; i < 1_000; i++)
        {
            small.Set($"code{i}", Link(Acme), small.Changes);
            Assert.True(small.Count <= 100, $"{small.Count} entries after {i + 1} sets");
        }
    }

    [Fact]
    public void It_counts_lookups_and_the_misses_the_lookup_reports()
    {
        _cache.Set("spring", Link(Acme), _cache.Changes);

        _cache.TryGet("spring", out _);
        _cache.TryGet("autumn", out _);
        _cache.CountMiss();

        Assert.Equal((2L, 1L), _cache.Stats);
    }

    private ShortLinkCache New(int size) => new(Options.Create(new TrackingOptions
    {
        CacheSize = size,
        CacheTtl = TimeSpan.FromMinutes(5),
        UnknownCodeTtl = TimeSpan.FromSeconds(30),
    }), _time);

    private static ShortLinkResult Link(Guid domain, bool verified = true, int generation = 0) => new(
        ShortLinkState.Link,
        new ShortLinkTarget(Guid.NewGuid(), domain, Guid.NewGuid(), "https://acme.test/spring", 302, verified, true, false,
            new LinkDimensions("email", "newsletter", "email", "spring", null, null)),
        generation);
}
