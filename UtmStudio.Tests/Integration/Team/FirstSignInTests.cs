using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Demo;
using UtmStudio.Identity;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;

namespace UtmStudio.Tests.Integration.Team;

/// <summary>
/// The invitation trap of issue 6: a first sign-in with an invited email used to join that domain at once and pin
/// it as the sign-up domain. Signing in now joins nothing; the invitation waits to be answered.
/// </summary>
public sealed class FirstSignInTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private readonly AppServices _app = new(database);

    [Fact]
    public async Task A_first_sign_in_with_an_invited_email_joins_nothing_and_leaves_the_invitation_to_answer()
    {
        var name = Unique.Domain("acme");
        var ada = await _app.SignUpAsync(Unique.Email("ada", name), name);
        var email = Unique.Email("newcomer", Unique.Domain("own"));
        await _app.Invitations.AddAsync(Person(ada), name, email, MemberRole.Manager, AppServices.None);
        var recorder = new SignInRecorder(_app.Accounts, Options.Create(_app.SubscriptionOptions),
            _app.Services.GetRequiredService<DemoData>(), NullLogger<SignInRecorder>.Instance);
        var context = TicketFor(email, returnUri: "/dashboard");

        await recorder.OnTicketReceivedAsync(context);

        var newcomer = Guid.Parse(context.Principal!.FindFirstValue(AppClaims.UserId)!);
        Assert.Equal("/dashboard", context.ReturnUri); // not sent into the inviting domain
        Assert.Empty(await _app.Domains.ListMineAsync(Person(newcomer), AppServices.None));
        Assert.Equal([name], (await _app.Acceptance.ListMineAsync(Person(newcomer), AppServices.None)).Select(i => i.DomainName));
        Assert.DoesNotContain((await _app.Team.GetAsync(Person(ada), name, AppServices.None)).Members, m => m.UserId == newcomer);

        // Free to choose: they decline and set up their own domain, which becomes their sign-up domain.
        var token = Assert.Single(await _app.Acceptance.ListMineAsync(Person(newcomer), AppServices.None)).Token;
        await _app.Acceptance.DeclineLinkAsync(Person(newcomer), token, emailVerified: true, AppServices.None);
        var own = await _app.Domains.CreateAsync(Person(newcomer), email.Split('@')[1], AppServices.None);
        Assert.True(own.IsSignupDomain);
    }

    /// <summary>What the OpenID Connect handler hands the recorder after validating the provider's tokens.</summary>
    private static TicketReceivedContext TicketFor(string email, string returnUri)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(AppClaims.Subject, "sub-" + email, ClaimValueTypes.String, AppServices.Issuer),
                new Claim(AppClaims.Email, email),
                new Claim(AppClaims.EmailVerified, "true"),
            ],
            "oidc");
        var principal = new ClaimsPrincipal(identity);
        var properties = new AuthenticationProperties { RedirectUri = returnUri };
        var scheme = new AuthenticationScheme(OpenIdConnectDefaults.AuthenticationScheme, null, typeof(OpenIdConnectHandler));
        return new TicketReceivedContext(new DefaultHttpContext(), scheme, new OpenIdConnectOptions(),
            new AuthenticationTicket(principal, properties, scheme.Name))
        {
            ReturnUri = returnUri,
        };
    }
}
