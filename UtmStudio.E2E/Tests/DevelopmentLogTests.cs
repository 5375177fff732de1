using UtmStudio.E2E.Infrastructure;

namespace UtmStudio.E2E.Tests;

/// <summary>The app runs with its own logging defaults here (AppProcess overrides none), as on a developer's machine.</summary>
[Collection(AppCollection.Name)]
public sealed class DevelopmentLogTests(AppFixture app)
{
    [Fact]
    public async Task Signing_in_through_the_development_provider_keeps_the_log_quiet_but_still_shows_warnings()
    {
        var before = app.AppOutput.Length;
        await using var person = await app.NewPersonAsync();
        await person.SignInAsync("lola.logs@acme.test");

        // A callback without state is a failed sign-in, which the app logs as a warning. The console logger writes
        // in order, so once that warning is there, everything the sign-in logged is there too.
        var page = await person.NewPageAsync();
        await page.GotoAsync("/signin-oidc?error=access_denied");
        await app.WaitForOutputAsync("Sign-in with the identity provider failed", since: before);

        var logged = app.AppOutput[before..];
        Assert.DoesNotContain("info: OpenIddict", logged, StringComparison.Ordinal);
        Assert.DoesNotContain("info: Microsoft.AspNetCore", logged, StringComparison.Ordinal);
        Assert.Contains("warn: UtmStudio.Identity.SignInRecorder", logged, StringComparison.Ordinal);
    }

}
