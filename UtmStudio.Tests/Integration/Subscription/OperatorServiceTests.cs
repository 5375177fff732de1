using Microsoft.EntityFrameworkCore;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Audit;
using UtmStudio.Features.Shared;
using UtmStudio.Features.Subscription;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;

namespace UtmStudio.Tests.Integration.Subscription;

/// <summary>Operators, configured by email, see every domain and set its subscription; nobody else even finds the page.</summary>
public sealed class OperatorServiceTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private const string OperatorEmail = "ops@operator.test";

    private readonly AppServices _app = new(database, subscription: new SubscriptionOptions { OperatorEmails = [" OPS@Operator.test "] });

    [Fact]
    public async Task An_operator_sees_every_domain_with_its_manager_and_team_size()
    {
        var name = Unique.Domain("acme");
        var adaEmail = Unique.Email("ada", name);
        var ada = await _app.SignUpAsync(adaEmail, name);
        await _app.AddMemberAsync(ada, name, Unique.Email("tom", name));
        var ops = await OperatorAsync();

        var rows = await _app.Operators.ListDomainsAsync(Operator(ops), AppServices.None);

        var row = Assert.Single(rows, r => r.Name == name);
        Assert.Equal((adaEmail, 2, SubscriptionStatus.Trial, SubscriptionStatus.Trial), (row.ManagerEmail, row.Members, row.Status, row.EffectiveStatus));
    }

    [Fact]
    public async Task An_operator_sets_a_status_which_the_team_sees_and_the_audit_log_records()
    {
        var name = Unique.Domain("acme");
        var ada = await _app.SignUpAsync(Unique.Email("ada", name), name);
        var ops = await OperatorAsync();
        var id = (await _app.Domains.GetSettingsAsync(Person(ada), name, AppServices.None)).Id;

        await _app.Operators.SetStatusAsync(Operator(ops), id, SubscriptionStatus.Inactive, AppServices.None);

        Assert.Equal(SubscriptionStatus.Inactive, (await _app.Domains.GetSettingsAsync(Person(ada), name, AppServices.None)).Status);
        await ProblemAssert.RefusedAsync(ErrorCodes.DomainReadOnly, () => _app.Domains.UpdateRedirectTypeAsync(Person(ada), name, 301, AppServices.None));

        await _app.Operators.SetStatusAsync(Operator(ops), id, SubscriptionStatus.Active, AppServices.None);

        await _app.Domains.UpdateRedirectTypeAsync(Person(ada), name, 301, AppServices.None);
        var settings = await _app.Domains.GetSettingsAsync(Person(ada), name, AppServices.None);
        Assert.Equal((SubscriptionStatus.Active, 301), (settings.Status, settings.DefaultRedirectType));
        await using var db = database.CreateOwnerContext();
        var changes = await db.AuditLog.Where(a => a.DomainId == id && a.Action == SubscriptionChanged.Action).ToListAsync();
        Assert.Equal(2, changes.Count);
        Assert.All(changes, c => Assert.Equal(ops, c.ActorUserId));
        Assert.Equal(2, (await _app.Audit.ListAsync(Person(ada), name, AppServices.None)).Count(a => a.Action == SubscriptionChanged.Action));
    }

    [Fact]
    public async Task Restarting_an_ended_trial_gives_it_a_new_end_date()
    {
        var name = Unique.Domain("acme");
        var ada = await _app.SignUpAsync(Unique.Email("ada", name), name);
        var ops = await OperatorAsync();
        await using (var db = database.CreateOwnerContext())
        {
            await db.Domains.Where(d => d.DomainName == name)
                .ExecuteUpdateAsync(d => d.SetProperty(x => x.TrialEndsAt, DateTimeOffset.UtcNow.AddDays(-1)));
        }

        Assert.Equal(SubscriptionStatus.Inactive, (await _app.Domains.GetSettingsAsync(Person(ada), name, AppServices.None)).Status);
        var id = (await _app.Domains.GetSettingsAsync(Person(ada), name, AppServices.None)).Id;

        await _app.Operators.SetStatusAsync(Operator(ops), id, SubscriptionStatus.Trial, AppServices.None);

        var settings = await _app.Domains.GetSettingsAsync(Person(ada), name, AppServices.None);
        Assert.Equal(SubscriptionStatus.Trial, settings.Status);
        Assert.True(settings.TrialEndsAt > DateTimeOffset.UtcNow.AddDays(13));
    }

    [Fact]
    public async Task Someone_who_is_not_a_configured_operator_finds_nothing_and_changes_nothing()
    {
        var name = Unique.Domain("acme");
        var ada = await _app.SignUpAsync(Unique.Email("ada", name), name);
        var id = (await _app.Domains.GetSettingsAsync(Person(ada), name, AppServices.None)).Id;

        Assert.False(OperatorService.IsOperator(Person(ada)));
        await Assert.ThrowsAsync<NotFoundProblem>(() => _app.Operators.ListDomainsAsync(Person(ada), AppServices.None));
        await Assert.ThrowsAsync<NotFoundProblem>(() => _app.Operators.SetStatusAsync(Person(ada), id, SubscriptionStatus.Active, AppServices.None));

        Assert.Equal(SubscriptionStatus.Trial, (await _app.Domains.GetSettingsAsync(Person(ada), name, AppServices.None)).Status);
        await using var db = database.CreateOwnerContext();
        Assert.False(await db.AuditLog.AnyAsync(a => a.DomainId == id && a.Action == SubscriptionChanged.Action));
    }

    [Theory]
    [InlineData(" OPS@Operator.test ", "ops@operator.test", true, true)]
    [InlineData("ops@operator.test", "ops@operator.test", false, false)]
    [InlineData("ops@operator.test", "ops@operator.test.evil", true, false)]
    [InlineData(null, "ops@operator.test", true, false)]
    public void Operators_are_recognised_at_sign_in_by_their_provider_verified_email(
        string? configured, string signedInEmail, bool emailVerified, bool isOperator)
    {
        var options = new SubscriptionOptions { OperatorEmails = configured is null ? [] : [configured] };

        Assert.Equal(isOperator, OperatorIdentity.Matches(options, signedInEmail, emailVerified));
    }

    [Fact]
    public async Task A_person_whose_sign_in_did_not_make_them_an_operator_is_refused_even_with_the_operator_email()
    {
        // The operator's own account, but a caller that the sign-in did not mark as operator (e.g. the
        // email was configured later, or an attacker took the address): the services go by the caller.
        var ops = await OperatorAsync();

        await Assert.ThrowsAsync<NotFoundProblem>(() => _app.Operators.ListDomainsAsync(Person(ops), AppServices.None));
    }

    /// <summary>The operator's account (signed in once; the same account for every test of this class).</summary>
    private async Task<Guid> OperatorAsync()
    {
        var result = await _app.Accounts.SyncOnSignInAsync(new(AppServices.Issuer, "operator", OperatorEmail, "Ops", EmailVerified: true), AppServices.None);
        return Assert.IsType<Features.Account.SignInSyncResult.Accepted>(result).UserId;
    }
}
