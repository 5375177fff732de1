using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Account;
using UtmStudio.Tests.Infrastructure.Database;

namespace UtmStudio.Tests.Integration.Account;

public sealed class UserAccountServiceTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private const string Issuer = "https://clerk.example.test";

    private UserAccountService Service => new(database.AppFactory, NullLogger<UserAccountService>.Instance);

    [Fact]
    public async Task First_sign_in_creates_the_user_keyed_by_issuer_and_subject()
    {
        var result = await Service.SyncOnSignInAsync(new(Issuer, "user_first", "  Ada@Example.TEST ", "Ada", EmailVerified: true), CancellationToken.None);

        var accepted = Assert.IsType<SignInSyncResult.Accepted>(result);
        await using var db = database.CreateOwnerContext();
        var user = await db.Users.SingleAsync(u => u.Id == accepted.UserId);
        Assert.Equal(("ada@example.test", "Ada", Issuer, "user_first", MemberRole.TeamMember),
            (user.Email, user.DisplayName, user.IdentityIssuer, user.IdentitySubject, user.Role));
        Assert.NotNull(user.CreatedAt);
    }

    [Fact]
    public async Task Signing_in_again_with_a_changed_email_updates_the_same_user()
    {
        var first = Assert.IsType<SignInSyncResult.Accepted>(
            await Service.SyncOnSignInAsync(new(Issuer, "user_moves", "old@example.test", "Old Name", EmailVerified: true), CancellationToken.None));

        var second = Assert.IsType<SignInSyncResult.Accepted>(
            await Service.SyncOnSignInAsync(new(Issuer, "user_moves", "new@example.test", "New Name", EmailVerified: true), CancellationToken.None));

        Assert.Equal(first.UserId, second.UserId);
        await using var db = database.CreateOwnerContext();
        var rows = await db.Users.Where(u => u.IdentitySubject == "user_moves").ToListAsync();
        Assert.Equal(("new@example.test", "New Name"), (Assert.Single(rows).Email, rows[0].DisplayName));
    }

    [Fact]
    public async Task The_same_subject_at_another_issuer_is_another_person()
    {
        var clerk = Assert.IsType<SignInSyncResult.Accepted>(
            await Service.SyncOnSignInAsync(new(Issuer, "shared_sub", "one@example.test", null, EmailVerified: true), CancellationToken.None));
        var other = Assert.IsType<SignInSyncResult.Accepted>(
            await Service.SyncOnSignInAsync(new("https://other.test", "shared_sub", "two@example.test", null, EmailVerified: true), CancellationToken.None));

        Assert.NotEqual(clerk.UserId, other.UserId);
    }

    [Fact]
    public async Task An_email_already_used_by_another_account_is_refused_and_changes_nothing()
    {
        await Service.SyncOnSignInAsync(new(Issuer, "owner_of_email", "taken@example.test", "Owner", EmailVerified: true), CancellationToken.None);

        var result = await Service.SyncOnSignInAsync(new(Issuer, "someone_else", "TAKEN@example.test", "Intruder", EmailVerified: true), CancellationToken.None);

        Assert.Equal(SignInRefusals.EmailInUse, Assert.IsType<SignInSyncResult.Refused>(result).Code);
        await using var db = database.CreateOwnerContext();
        Assert.False(await db.Users.AnyAsync(u => u.IdentitySubject == "someone_else"));
        Assert.Equal("Owner", (await db.Users.SingleAsync(u => u.Email == "taken@example.test")).DisplayName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-an-email")]
    [InlineData("someone@localhost")]
    public async Task A_sign_in_without_a_usable_email_is_refused(string? email)
    {
        var result = await Service.SyncOnSignInAsync(new(Issuer, "no_email_" + email?.Length, email, null, EmailVerified: true), CancellationToken.None);

        Assert.Equal(SignInRefusals.MissingEmail, Assert.IsType<SignInSyncResult.Refused>(result).Code);
    }

    [Fact]
    public async Task A_missing_name_keeps_the_name_we_already_have()
    {
        await Service.SyncOnSignInAsync(new(Issuer, "keeps_name", "keeps@example.test", "Grace Hopper", EmailVerified: true), CancellationToken.None);

        var result = Assert.IsType<SignInSyncResult.Accepted>(
            await Service.SyncOnSignInAsync(new(Issuer, "keeps_name", "keeps@example.test", "  ", EmailVerified: true), CancellationToken.None));

        var profile = await Service.GetProfileAsync(Person(result.UserId), CancellationToken.None);
        Assert.Equal("Grace Hopper", profile?.Name);
    }

    [Fact]
    public async Task An_email_the_provider_has_not_verified_is_refused_and_claims_nothing()
    {
        var result = await Service.SyncOnSignInAsync(
            new(Issuer, "unverified_sub", "ceo@bigcorp.test", "Not The CEO", EmailVerified: false), CancellationToken.None);

        Assert.Equal(SignInRefusals.EmailNotVerified, Assert.IsType<SignInSyncResult.Refused>(result).Code);
        await using var db = database.CreateOwnerContext();
        Assert.False(await db.Users.AnyAsync(u => u.Email == "ceo@bigcorp.test"));
    }
}
