using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using UtmStudio.Data.Entities;
using UtmStudio.Data.Tenancy;
using UtmStudio.Features.Domains.Verification;
using UtmStudio.Features.Shared;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Dns;
using UtmStudio.Tests.Infrastructure.Services;

namespace UtmStudio.Tests.Integration.Domains;

/// <summary>
/// Issue 6: naming a domain is not owning it. A domain is verified by its creator's email at the domain, or
/// by a DNS TXT record that a manager publishes (checked against a real DNS server on loopback).
/// </summary>
public sealed class DomainVerificationTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly AppServices _app = new(database);
    private readonly LoopbackDnsServer _dns = new();

    private DnsTxtVerifier Verifier(string? nameServer = null) => new(
        Options.Create(new DnsOptions { NameServers = [nameServer ?? _dns.Address], Timeout = nameServer is null ? TimeSpan.FromSeconds(10) : TimeSpan.FromMilliseconds(400), Retries = 0 }),
        NullLogger<DnsTxtVerifier>.Instance);

    private DomainVerificationService Verification(string? nameServer = null) => new(database.AppFactory, Verifier(nameServer), _app.Time);

    [Theory]
    [InlineData("jane@{0}")]
    [InlineData("jane@eu.{0}")]
    public async Task A_creator_with_an_email_at_the_domain_verifies_it_at_once(string emailPattern)
    {
        var name = Unique.Domain("acme");
        var jane = await _app.SignUpAsync(string.Format(emailPattern, name), name);

        var settings = await _app.Domains.GetSettingsAsync(Person(jane), name, AppServices.None);

        Assert.True(settings.IsVerified);
        Assert.Equal(DomainVerificationMethod.Email, settings.Verification.Method);
        Assert.True(Assert.Single(await _app.Domains.ListMineAsync(Person(jane), AppServices.None)).IsVerified);
    }

    [Theory]
    [InlineData("jane@gmail.com")]
    [InlineData("jane@not{0}")]
    [InlineData("jane@{0}.evil.test")]
    public async Task Anyone_else_creates_it_unverified(string emailPattern)
    {
        var name = Unique.Domain("bigcorp");
        var jane = await _app.SignUpAsync(string.Format(emailPattern, name).Replace("gmail.com", Unique.Domain("gmail"), StringComparison.Ordinal), name);

        var settings = await _app.Domains.GetSettingsAsync(Person(jane), name, AppServices.None);

        Assert.False(settings.IsVerified);
        Assert.Null(settings.Verification.Method);
        Assert.Equal($"_utmstudio.{name}", settings.Verification.RecordName);
        Assert.Matches("^utmstudio-verification=[0-9a-f]{32}$", settings.Verification.RecordValue);
        Assert.False(Assert.Single(await _app.Domains.ListMineAsync(Person(jane), AppServices.None)).IsVerified);
    }

    [Fact]
    public async Task The_right_dns_record_verifies_the_domain_when_a_manager_checks_now()
    {
        var (ada, name, value) = await UnverifiedDomainAsync();
        _dns.SetTxt($"_utmstudio.{name}", value);

        var check = await Verification().CheckNowAsync(Person(ada), name, AppServices.None);

        Assert.Equal(DnsCheckOutcome.Verified, check.Result.Outcome);
        Assert.True(check.Verification.IsVerified);
        var settings = await _app.Domains.GetSettingsAsync(Person(ada), name, AppServices.None);
        Assert.Equal((true, DomainVerificationMethod.Dns), (settings.IsVerified, settings.Verification.Method));
        Assert.NotNull(settings.Verification.CheckedAt);
        var audit = await _app.Audit.ListAsync(Person(ada), name, AppServices.None);
        Assert.Contains(audit, a => a.Action == DomainVerified.Action);
    }

    [Theory]
    [InlineData("wrong", DnsCheckOutcome.WrongToken)]
    [InlineData("none", DnsCheckOutcome.NoRecord)]
    [InlineData("nxdomain", DnsCheckOutcome.NoSuchName)]
    [InlineData("down", DnsCheckOutcome.Unreachable)]
    [InlineData("silent", DnsCheckOutcome.Unreachable)]
    public async Task Without_the_right_record_the_domain_stays_unverified_with_a_clear_message(string dns, DnsCheckOutcome outcome)
    {
        var (ada, name, _) = await UnverifiedDomainAsync();
        using var silent = new SilentDnsServer();
        string? server = null;
        switch (dns)
        {
            case "wrong": _dns.SetTxt($"_utmstudio.{name}", "utmstudio-verification=" + new string('f', 32)); break;
            case "none": _dns.SetTxt($"_utmstudio.{name}", "google-site-verification=x"); break;
            case "down": server = FreePort.NobodyListening(); break;
            case "silent": server = silent.Address; break;
        }

        var check = await Verification(server).CheckNowAsync(Person(ada), name, AppServices.None);

        Assert.Equal(outcome, check.Result.Outcome);
        Assert.Contains($"_utmstudio.{name}", check.Result.Message, StringComparison.Ordinal);
        Assert.False(check.Verification.IsVerified);
        Assert.False((await _app.Domains.GetSettingsAsync(Person(ada), name, AppServices.None)).IsVerified);
    }

    [Fact]
    public async Task Only_managers_check_and_only_managers_see_the_record_value()
    {
        var (ada, name, value) = await UnverifiedDomainAsync();
        var tom = await _app.AddMemberAsync(ada, name, Unique.Email("tom"));
        var eve = await _app.SignUpAsync(Unique.Email("eve"), Unique.Domain("eve"));
        _dns.SetTxt($"_utmstudio.{name}", value);

        await Assert.ThrowsAsync<ForbiddenProblem>(() => Verification().CheckNowAsync(Person(tom), name, AppServices.None));
        await Assert.ThrowsAsync<NotFoundProblem>(() => Verification().CheckNowAsync(Person(eve), name, AppServices.None));

        var memberView = (await _app.Domains.GetSettingsAsync(Person(tom), name, AppServices.None)).Verification;
        Assert.Null(memberView.RecordValue);
        Assert.False((await _app.Domains.GetSettingsAsync(Person(ada), name, AppServices.None)).IsVerified);
    }

    [Fact]
    public async Task A_manager_cannot_mark_their_domain_verified_themselves()
    {
        var (ada, name, _) = await UnverifiedDomainAsync();

        await using var db = await database.AppFactory.ForAsync(Person(ada), AppServices.None);
        var domain = await db.Domains.SingleAsync(d => d.DomainName == name);
        domain.VerifiedAt = DateTimeOffset.UtcNow;
        domain.VerificationMethod = DomainVerificationMethod.Dns;

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.False((await _app.Domains.GetSettingsAsync(Person(ada), name, AppServices.None)).IsVerified);
    }

    [Fact]
    public async Task The_background_check_verifies_domains_whose_record_appeared_and_leaves_the_others()
    {
        var (_, published, value) = await UnverifiedDomainAsync();
        var (bob, missing, _) = await UnverifiedDomainAsync();
        _dns.SetTxt($"_utmstudio.{published}", value);
        var sweep = new DomainVerificationSweep(database.AppFactory, Verifier(), _app.Time, NullLogger<DomainVerificationSweep>.Instance);

        Assert.True(await sweep.CheckUnverifiedAsync(AppServices.None) >= 1);

        await using var db = database.CreateOwnerContext();
        var rows = await db.Domains.Where(d => d.DomainName == published || d.DomainName == missing).ToDictionaryAsync(d => d.DomainName);
        Assert.Equal(DomainVerificationMethod.Dns, rows[published].VerificationMethod);
        Assert.Null(rows[missing].VerifiedAt);
        Assert.NotNull(rows[missing].VerificationCheckedAt);
        Assert.False((await _app.Domains.GetSettingsAsync(Person(bob), missing, AppServices.None)).IsVerified);
        var entry = await db.AuditLog.SingleAsync(a => a.DomainName == published && a.Action == DomainVerified.Action);
        Assert.Null(entry.ActorUserId); // the job, not a person
    }

    /// <summary>A domain created by someone whose email is elsewhere (so unverified), with its record's value.</summary>
    private async Task<(Guid Manager, string Name, string RecordValue)> UnverifiedDomainAsync()
    {
        var name = Unique.Domain("bigcorp");
        var ada = await _app.SignUpAsync(Unique.Email("ada"), name);
        var settings = await _app.Domains.GetSettingsAsync(Person(ada), name, AppServices.None);
        Assert.False(settings.IsVerified);
        return (ada, name, settings.Verification.RecordValue!);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _dns.DisposeAsync();
}
