using Microsoft.EntityFrameworkCore;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Domains.Verification;
using UtmStudio.Features.Shared;
using UtmStudio.Features.Subscription;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;

namespace UtmStudio.Tests.Integration.Subscription;

/// <summary>
/// Issue 6: "a gmail address created bigcorp.test; the real team was then told it already has a team". An
/// operator sees who verified what, verifies a domain, or gives it to its real owner.
/// </summary>
public sealed class OperatorOwnershipTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private readonly AppServices _app = new(database);

    private OperatorOwnershipService Ownership => new(database.AppFactory, _app.Time);

    [Fact]
    public async Task The_operator_list_shows_verification_and_an_operator_verifies_a_domain()
    {
        var (claimant, name, id) = await ClaimedDomainAsync();
        var ops = await OperatorAsync();
        Assert.False(Assert.Single(await _app.Operators.ListDomainsAsync(Operator(ops), AppServices.None), r => r.Id == id).IsVerified);

        await Ownership.VerifyAsync(Operator(ops), id, AppServices.None);

        var row = Assert.Single(await _app.Operators.ListDomainsAsync(Operator(ops), AppServices.None), r => r.Id == id);
        Assert.Equal((true, DomainVerificationMethod.Operator), (row.IsVerified, row.VerificationMethod));
        Assert.True((await _app.Domains.GetSettingsAsync(Person(claimant), name, AppServices.None)).IsVerified);
        await using var db = database.CreateOwnerContext();
        var entry = await db.AuditLog.SingleAsync(a => a.DomainId == id && a.Action == DomainVerified.Action);
        Assert.Equal(ops, entry.ActorUserId);
    }

    [Fact]
    public async Task Nobody_else_verifies_or_reassigns()
    {
        var (claimant, _, id) = await ClaimedDomainAsync();

        await Assert.ThrowsAsync<NotFoundProblem>(() => Ownership.VerifyAsync(Person(claimant), id, AppServices.None));
        await Assert.ThrowsAsync<NotFoundProblem>(() => Ownership.ReassignAsync(Person(claimant), id, Unique.Email("x"), true, AppServices.None));
    }

    [Fact]
    public async Task Reassigning_makes_the_real_owner_the_only_manager_and_removes_the_claimants()
    {
        var (claimant, name, id) = await ClaimedDomainAsync();
        var friendEmail = Unique.Email("friend");
        var friend = await _app.AddMemberAsync(claimant, name, friendEmail);
        var ownerEmail = Unique.Email("jane", "bigcorp-owner.test");
        var owner = await _app.SignInAsync(ownerEmail);
        var ops = await OperatorAsync();

        var result = await Ownership.ReassignAsync(Operator(ops), id, ownerEmail.ToUpperInvariant(), verify: true, AppServices.None);

        Assert.Equal((name, ownerEmail, true), (result.DomainName, result.NewManagerEmail, result.Verified));
        Assert.Equal(2, result.RemovedMembers.Count);
        Assert.Contains(friendEmail, result.RemovedMembers);
        var settings = await _app.Domains.GetSettingsAsync(Person(owner), name, AppServices.None);
        Assert.Equal((MemberRole.Manager, true, DomainVerificationMethod.Operator), (settings.Role, settings.IsVerified, settings.Verification.Method));
        await Assert.ThrowsAsync<NotFoundProblem>(() => _app.Domains.GetSettingsAsync(Person(claimant), name, AppServices.None));
        await Assert.ThrowsAsync<NotFoundProblem>(() => _app.Domains.GetSettingsAsync(Person(friend), name, AppServices.None));
        Assert.Empty(await _app.Domains.ListMineAsync(Person(claimant), AppServices.None));

        await using var db = database.CreateOwnerContext();
        Assert.Equal(owner, (await db.Domains.SingleAsync(d => d.Id == id)).ManagerId);
        Assert.Null((await db.Users.SingleAsync(u => u.Id == claimant)).SignupDomainId); // they sign up again
        var entry = await db.AuditLog.SingleAsync(a => a.DomainId == id && a.Action == DomainReassigned.Action);
        Assert.Equal(ops, entry.ActorUserId);
        Assert.Contains(ownerEmail, entry.Details, StringComparison.Ordinal);
        Assert.Contains(await _app.Audit.ListAsync(Person(owner), name, AppServices.None), a => a.Action == DomainReassigned.Action);
    }

    [Fact]
    public async Task Reassigning_to_an_existing_member_promotes_them_and_can_leave_the_domain_unverified()
    {
        var (claimant, name, id) = await ClaimedDomainAsync();
        var tomEmail = Unique.Email("tom");
        var tom = await _app.AddMemberAsync(claimant, name, tomEmail);
        var ops = await OperatorAsync();

        var result = await Ownership.ReassignAsync(Operator(ops), id, tomEmail, verify: false, AppServices.None);

        Assert.False(result.Verified);
        var settings = await _app.Domains.GetSettingsAsync(Person(tom), name, AppServices.None);
        Assert.Equal((MemberRole.Manager, false), (settings.Role, settings.IsVerified));
        await using var db = database.CreateOwnerContext();
        Assert.Equal([tom], await db.Memberships.Where(m => m.DomainId == id).Select(m => m.UserId).ToListAsync());
    }

    [Fact]
    public async Task Reassigning_to_an_address_without_an_account_is_refused_and_changes_nothing()
    {
        var (claimant, name, id) = await ClaimedDomainAsync();
        var ops = await OperatorAsync();

        var refusal = await ProblemAssert.RefusedAsync(ErrorCodes.OperatorAccountNotFound,
            () => Ownership.ReassignAsync(Operator(ops), id, Unique.Email("nobody"), verify: true, AppServices.None));

        Assert.Contains("sign in to UtmStudio once", refusal.Message, StringComparison.Ordinal);
        var settings = await _app.Domains.GetSettingsAsync(Person(claimant), name, AppServices.None);
        Assert.Equal((MemberRole.Manager, false), (settings.Role, settings.IsVerified));
    }

    /// <summary>A domain named by someone whose email is elsewhere (so it is unverified).</summary>
    private async Task<(Guid Claimant, string Name, Guid Id)> ClaimedDomainAsync()
    {
        var name = Unique.Domain("bigcorp");
        var claimant = await _app.SignUpAsync(Unique.Email("claimant"), name);
        var id = (await _app.Domains.GetSettingsAsync(Person(claimant), name, AppServices.None)).Id;
        return (claimant, name, id);
    }

    private async Task<Guid> OperatorAsync()
    {
        var result = await _app.Accounts.SyncOnSignInAsync(new(AppServices.Issuer, "operator", "ops@operator.test", "Ops", EmailVerified: true), AppServices.None);
        return Assert.IsType<Features.Account.SignInSyncResult.Accepted>(result).UserId;
    }
}
