using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using UtmStudio.Components.Layout;
using UtmStudio.Identity;
using UtmStudio.Tests.Components;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Features.Shared;

namespace UtmStudio.Tests.Integration.Pages;

/// <summary>A real service refusal, shown the one way pages show problems: in the user's words, where they acted.</summary>
public sealed class ProblemsOnPagesTests(TestDatabase database) : MudTestBase, IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Naming_a_domain_another_team_uses_is_refused_inside_the_dialog_with_its_code()
    {
        var app = new AppServices(database);
        var taken = Unique.Domain("taken");
        await app.SignUpAsync(Unique.Email("owner", taken), taken);
        var email = Unique.Email("ada", Unique.Domain("ada"));
        var ada = await app.SignUpAsync(email, Unique.Domain("ada-home"));
        AddAuthorization().SetAuthorized(email).SetClaims(new Claim(AppClaims.UserId, ada.ToString()), new Claim(AppClaims.Email, email));
        AddAppServices(database);
        var provider = RenderInteractive<MudDialogProvider>();

        await provider.InvokeAsync(() => Services.GetRequiredService<IDialogService>().ShowAsync<CreateDomainDialog>("New domain"));
        await provider.Find("input").InputAsync(new() { Value = taken });
        await provider.Find("#create-domain-form").SubmitAsync();

        provider.WaitForAssertion(() =>
        {
            var alert = provider.Find("[data-testid=create-domain-error]");
            Assert.Contains(taken, alert.TextContent, StringComparison.Ordinal);
            Assert.Equal(ErrorCodes.DomainTaken, alert.GetAttribute("data-problem-code"));
        }, TimeSpan.FromSeconds(10));
        Assert.NotNull(provider.Find("[data-testid=create-domain-confirm]")); // still open: nothing typed is lost
    }
}
