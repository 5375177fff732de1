using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Subscription;

namespace UtmStudio.Tests.Components;

public sealed class DeleteDomainDialogTests : MudTestBase
{
    [Fact]
    public async Task Deleting_is_possible_only_after_typing_the_domain_name()
    {
        // Never called here: the button stays disabled until the name matches.
        Services.AddSingleton(new DomainService(null!, Options.Create(new SubscriptionOptions()), TimeProvider.System, new UtmStudio.Features.Tracking.Redirect.ShortLinkCache(Options.Create(new UtmStudio.Features.Tracking.TrackingOptions()), TimeProvider.System)));
        var provider = RenderInteractive<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();

        await provider.InvokeAsync(() => dialogs.ShowAsync<DeleteDomainDialog>("Delete acme-shop.test?", new DialogParameters<DeleteDomainDialog>
        {
            { d => d.DomainName, "acme-shop.test" },
            { d => d.Caller, Person(Guid.NewGuid()) },
        }));

        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("[data-testid=delete-domain-dialog]")));
        var text = provider.Find("[data-testid=delete-domain-dialog]").TextContent;
        Assert.Contains("its team", text, StringComparison.Ordinal);
        Assert.Contains("campaigns", text, StringComparison.Ordinal);
        Assert.Contains("click statistics", text, StringComparison.Ordinal);
        Assert.True(provider.Find("[data-testid=delete-domain-submit]").HasAttribute("disabled"));

        await provider.Find("input[data-testid=delete-domain-confirmation]").InputAsync(new() { Value = "acme-shop" });
        Assert.True(provider.Find("[data-testid=delete-domain-submit]").HasAttribute("disabled"));

        await provider.Find("input[data-testid=delete-domain-confirmation]").InputAsync(new() { Value = "acme-shop.test" });
        provider.WaitForAssertion(() => Assert.False(provider.Find("[data-testid=delete-domain-submit]").HasAttribute("disabled")));
    }
}
