using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using UtmStudio.Features.Domains.Verification;
using UtmStudio.Tests.Infrastructure.Dns;

namespace UtmStudio.Tests.Integration.Domains;

/// <summary>The DNS check against a real DNS server on loopback (ARSoft.Tools.Net), not a mock.</summary>
public sealed class DnsTxtVerifierTests : IAsyncLifetime
{
    private const string Domain = "acme.test";
    private const string Token = "0123456789abcdef0123456789abcdef";
    private readonly LoopbackDnsServer _dns = new();

    /// <summary>A server that answers gets a deadline no busy test machine misses (a 400 ms one did, with the whole
    /// suite running on two cores); the tests of servers that never answer pass their own short one.</summary>
    private static DnsTxtVerifier Verifier(string nameServer, TimeSpan? timeout = null) => new(
        Options.Create(new DnsOptions { NameServers = [nameServer], Timeout = timeout ?? TimeSpan.FromSeconds(10), Retries = 0 }),
        NullLogger<DnsTxtVerifier>.Instance);

    [Fact]
    public async Task The_right_token_verifies()
    {
        _dns.SetTxt("_utmstudio.acme.test", "v=something-else", "utmstudio-verification=" + Token);

        var result = await Verifier(_dns.Address).CheckAsync(Domain, Token, CancellationToken.None);

        Assert.Equal(DnsCheckOutcome.Verified, result.Outcome);
        Assert.True(result.IsVerified);
        Assert.True(_dns.QueriesAnswered > 0);
    }

    [Fact]
    public async Task Another_token_does_not_verify_and_says_to_copy_the_value_again()
    {
        _dns.SetTxt("_utmstudio.acme.test", "utmstudio-verification=ffffffffffffffffffffffffffffffff");

        var result = await Verifier(_dns.Address).CheckAsync(Domain, Token, CancellationToken.None);

        Assert.Equal(DnsCheckOutcome.WrongToken, result.Outcome);
        Assert.Contains("not with this domain's value", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_record_at_the_domain_itself_is_not_the_one_we_read()
    {
        _dns.SetTxt("acme.test", "utmstudio-verification=" + Token);
        _dns.SetTxt("_utmstudio.acme.test", "v=spf1 -all");

        var result = await Verifier(_dns.Address).CheckAsync(Domain, Token, CancellationToken.None);

        Assert.Equal(DnsCheckOutcome.NoRecord, result.Outcome);
        Assert.Contains("_utmstudio.acme.test has no utmstudio-verification TXT record", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_that_does_not_exist_is_nxdomain()
    {
        var result = await Verifier(_dns.Address).CheckAsync(Domain, Token, CancellationToken.None);

        Assert.Equal(DnsCheckOutcome.NoSuchName, result.Outcome);
        Assert.Contains("does not exist in DNS yet", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_is_down_leaves_the_domain_unverified()
    {
        var result = await Verifier(FreePort.NobodyListening(), TimeSpan.FromMilliseconds(400)).CheckAsync(Domain, Token, CancellationToken.None);

        Assert.Equal(DnsCheckOutcome.Unreachable, result.Outcome);
        Assert.Contains("did not answer", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_never_answers_times_out_and_leaves_the_domain_unverified()
    {
        using var silent = new SilentDnsServer();

        var result = await Verifier(silent.Address, TimeSpan.FromMilliseconds(400)).CheckAsync(Domain, Token, CancellationToken.None);

        Assert.Equal(DnsCheckOutcome.Unreachable, result.Outcome);
    }

    [Fact]
    public async Task A_value_published_as_several_strings_is_read_whole()
    {
        _dns.SetSplitTxt("_utmstudio.acme.test", "utmstudio-verification=", Token[..10], Token[10..]);

        var result = await Verifier(_dns.Address).CheckAsync(Domain, Token, CancellationToken.None);

        Assert.True(result.IsVerified);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _dns.DisposeAsync();
}
