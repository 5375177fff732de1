using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using UtmStudio.Components.Layout;
using UtmStudio.Tests.Infrastructure.Database;

namespace UtmStudio.Tests.Components;

public sealed class CreateDomainDialogTests : MudTestBase, IClassFixture<TestDatabase>
{
    public CreateDomainDialogTests(TestDatabase database)
    {
        AddAppServices(database);
        AddAuthorization();
    }

    [Theory]
    [InlineData("github.io", "github.io is a public suffix")]
    [InlineData("www.gmail.com", "gmail.com is a public email service")]
    public async Task A_name_nobody_can_claim_is_refused_as_it_is_typed(string typed, string message)
    {
        var provider = RenderInteractive<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        await provider.InvokeAsync(() => dialogs.ShowAsync<CreateDomainDialog>("Create a domain"));
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("input[data-testid=domain-name-input]")));

        await provider.Find("input[data-testid=domain-name-input]").InputAsync(new() { Value = typed });

        provider.WaitForAssertion(() => Assert.Contains(message, provider.Markup, StringComparison.Ordinal));
        Assert.True(provider.Find("[data-testid=create-domain-confirm]").HasAttribute("disabled"));

        await provider.Find("input[data-testid=domain-name-input]").InputAsync(new() { Value = "eu.acme.test" });
        provider.WaitForAssertion(() => Assert.False(provider.Find("[data-testid=create-domain-confirm]").HasAttribute("disabled")));
    }
}
