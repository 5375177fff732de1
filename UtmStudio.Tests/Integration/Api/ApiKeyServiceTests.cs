using Microsoft.EntityFrameworkCore;
using Npgsql;
using UtmStudio.Features.Api.Keys;
using UtmStudio.Features.Shared;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Campaigns;

namespace UtmStudio.Tests.Integration.Api;

/// <summary>Managers create (shown once, stored as a hash), list and revoke keys; members do not see them; the database agrees.</summary>
public sealed partial class ApiKeyServiceTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private AppServices App => field ??= new(database);

    private ApiKeyService Keys => App.Keys();

    [Fact]
    public async Task A_manager_creates_a_key_that_is_shown_once_stored_as_a_hash_audited_and_authenticates()
    {
        var domain = await CampaignDomain.CreateAsync(App);

        var created = await Keys.CreateAsync(Person(domain.Ada), domain.Name, new ApiKeyDraft(" Zapier ", ["links", "read"], null), AppServices.None);

        Assert.Matches("^utm_[a-z0-9]{10}_[A-Za-z0-9]{40}$", created.Key);
        Assert.Equal(("Zapier", ApiKeyStatus.Active), (created.View.Name, created.View.Status));
        Assert.Equal(["read", "links"], created.View.Scopes);
        Assert.StartsWith($"utm_{created.View.Prefix}_", created.Key, StringComparison.Ordinal);
        await using (var owner = await database.OpenAsync(asOwner: true))
        {
            var stored = await owner.QueryAsync("SELECT encode(key_hash, 'hex') AS hash FROM api_keys WHERE id = @id", ("id", created.View.Id));
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(created.Key[15..])));
            Assert.Equal(hash, (string)Assert.Single(stored)["hash"]!);
            var audit = await owner.QueryAsync("SELECT actor_user_id FROM audit_log WHERE action = 'api_key.created' AND details->>'apiKey' = @id",
                ("id", created.View.Id.ToString()));
            Assert.Equal(domain.Ada, (Guid)Assert.Single(audit)["actor_user_id"]!);
        }

        var identity = await Keys.AuthenticateAsync(created.Key, AppServices.None);
        Assert.Equal((created.View.Id, domain.Name, domain.Ada), (identity!.KeyId, identity.DomainName, identity.CreatedBy));
        Assert.Null(await Keys.AuthenticateAsync(created.Key[..^1] + (created.Key[^1] == 'a' ? 'b' : 'a'), AppServices.None));
        Assert.Null(await Keys.AuthenticateAsync("utm_nonsense", AppServices.None));
    }

    [Fact]
    public async Task A_revoked_key_no_longer_authenticates_and_stays_revoked()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        var created = await Keys.CreateAsync(Person(domain.Ada), domain.Name, new ApiKeyDraft("CI", ["read"], null), AppServices.None);

        await Keys.RevokeAsync(Person(domain.Ada), domain.Name, created.View.Id, AppServices.None);

        Assert.Null(await Keys.AuthenticateAsync(created.Key, AppServices.None));
        var listed = Assert.Single(await Keys.ListAsync(Person(domain.Ada), domain.Name, AppServices.None));
        Assert.Equal(ApiKeyStatus.Revoked, listed.Status);
        await using var app = await database.OpenAsync();
        await app.ExecuteAsync($"SELECT set_config('app.user_id', '{domain.Ada}', false)");
        var unrevoke = await Assert.ThrowsAsync<PostgresException>(() => app.ExecuteAsync($"UPDATE api_keys SET revoked_at = NULL WHERE id = '{created.View.Id}'"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, unrevoke.SqlState);
    }

    [Fact]
    public async Task Team_members_cannot_list_create_or_revoke_keys_and_strangers_do_not_find_the_domain()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        var created = await Keys.CreateAsync(Person(domain.Ada), domain.Name, new ApiKeyDraft("CI", ["read"], null), AppServices.None);
        var stranger = await App.SignUpAsync(Unique.Email("eve"), Unique.Domain("evil"));

        await Assert.ThrowsAsync<ForbiddenProblem>(() => Keys.ListAsync(Person(domain.Tom), domain.Name, AppServices.None));
        await Assert.ThrowsAsync<ForbiddenProblem>(() => Keys.CreateAsync(Person(domain.Tom), domain.Name, new ApiKeyDraft("x", ["read"], null), AppServices.None));
        await Assert.ThrowsAsync<ForbiddenProblem>(() => Keys.RevokeAsync(Person(domain.Tom), domain.Name, created.View.Id, AppServices.None));
        await Assert.ThrowsAsync<NotFoundProblem>(() => Keys.ListAsync(Person(stranger), domain.Name, AppServices.None));
        Assert.NotNull(await Keys.AuthenticateAsync(created.Key, AppServices.None));
    }

    [Fact]
    public async Task Use_is_recorded_at_most_once_a_minute_per_key()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        var key = await App.CreateKeyAsync(domain.Ada, domain.Name, "read");

        await Keys.AuthenticateAsync(key.Key, AppServices.None);
        var first = await LastUsedAsync(key.View.Id);
        await Keys.AuthenticateAsync(key.Key, AppServices.None);
        var second = await LastUsedAsync(key.View.Id);
        await using (var owner = await database.OpenAsync(asOwner: true))
        {
            await owner.ExecuteAsync($"UPDATE api_keys SET last_used_at = now() - interval '2 minutes' WHERE id = '{key.View.Id}'");
        }

        var stale = await LastUsedAsync(key.View.Id);
        await Keys.AuthenticateAsync(key.Key, AppServices.None);
        var third = await LastUsedAsync(key.View.Id);

        Assert.NotNull(first);
        Assert.Equal(first, second);
        Assert.True(third > stale, $"{third} after {stale}");
    }

    [Fact]
    public async Task Invalid_drafts_name_their_fields()
    {
        var domain = await CampaignDomain.CreateAsync(App);

        var problem = await Assert.ThrowsAsync<ValidationProblem>(() => Keys.CreateAsync(Person(domain.Ada), domain.Name,
            new ApiKeyDraft(" ", ["admin"], DateTimeOffset.UtcNow.AddDays(-1)), AppServices.None));

        Assert.Equal(["expiresAt", "name", "scopes"], problem.Errors.Keys.Order());
    }

    [Fact]
    public async Task An_expired_key_or_one_whose_creator_left_the_domain_does_not_authenticate()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        var expiring = await Keys.CreateAsync(Person(domain.Ada), domain.Name, new ApiKeyDraft("old", ["read"], DateTimeOffset.UtcNow.AddDays(1)), AppServices.None);
        await database.ExpireApiKeyAsync(expiring.View.Id);

        Assert.Null(await Keys.AuthenticateAsync(expiring.Key, AppServices.None));
        Assert.Equal(ApiKeyStatus.Expired, (await Keys.ListAsync(Person(domain.Ada), domain.Name, AppServices.None)).Single().Status);
    }

    [Fact]
    public async Task The_app_role_reads_no_key_of_another_domain_no_key_as_a_member_and_no_hash_at_all()
    {
        var a = await CampaignDomain.CreateAsync(App);
        var b = await CampaignDomain.CreateAsync(App);
        await Keys.CreateAsync(Person(a.Ada), a.Name, new ApiKeyDraft("A", ["read"], null), AppServices.None);
        await Keys.CreateAsync(Person(b.Ada), b.Name, new ApiKeyDraft("B", ["read"], null), AppServices.None);

        await using var asManagerOfA = await database.OpenAsync();
        await asManagerOfA.ExecuteAsync($"SELECT set_config('app.user_id', '{a.Ada}', false)");
        var names = (await asManagerOfA.QueryAsync("SELECT name FROM api_keys")).Select(r => (string)r["name"]!).ToList();
        var hash = await Assert.ThrowsAsync<PostgresException>(() => asManagerOfA.QueryAsync("SELECT key_hash FROM api_keys"));
        await using var asMemberOfA = await database.OpenAsync();
        await asMemberOfA.ExecuteAsync($"SELECT set_config('app.user_id', '{a.Tom}', false)");
        var memberSees = await asMemberOfA.ScalarAsync<long>("SELECT count(*) FROM api_keys");
        await using var nobody = await database.OpenAsync();
        var nobodySees = await nobody.ScalarAsync<long>("SELECT count(*) FROM api_keys");

        Assert.Equal(["A"], names);
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, hash.SqlState);
        Assert.Equal((0L, 0L), (memberSees, nobodySees));
    }
}

public sealed partial class ApiKeyServiceTests
{
    private async Task<DateTimeOffset?> LastUsedAsync(Guid keyId)
    {
        await using var db = database.CreateOwnerContext();
        return await db.ApiKeys.Where(k => k.Id == keyId).Select(k => k.LastUsedAt).SingleAsync();
    }
}

public static class ApiKeyArrange
{
    public static ApiKeyService Keys(this AppServices app) =>
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ApiKeyService>(app.Services);

    /// <summary>Moves a key's expiry into the past, as the owner (the service refuses past expiries).</summary>
    public static async Task ExpireApiKeyAsync(this TestDatabase database, Guid keyId)
    {
        await using var db = database.CreateOwnerContext();
        await db.ApiKeys.Where(k => k.Id == keyId).ExecuteUpdateAsync(k => k.SetProperty(x => x.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1)));
    }

    public static Task<CreatedApiKey> CreateKeyAsync(this AppServices app, Guid managerId, string domainName, params string[] scopes) =>
        app.Keys().CreateAsync(Person(managerId), domainName, new ApiKeyDraft("test key", scopes, null), AppServices.None);
}
