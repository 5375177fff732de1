using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using UtmStudio.Features.Api.Keys;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Api;
using UtmStudio.Tests.Integration.Campaigns;

namespace UtmStudio.Tests.Components;

/// <summary>The API keys card of the settings page and its create dialog, over the real services and database.</summary>
public sealed class ApiKeysCardTests(TestDatabase database) : MudTestBase, IClassFixture<TestDatabase>
{
    private AppServices App => field ??= new(database);

    [Fact]
    public async Task The_card_lists_each_key_with_its_prefix_scopes_creator_use_and_status_never_its_secret()
    {
        AddAppServices(database);
        var domain = await CampaignDomain.CreateAsync(App);
        var active = await App.CreateKeyAsync(domain.Ada, domain.Name, "links", "campaigns");
        var revoked = await App.CreateKeyAsync(domain.Ada, domain.Name, "read");
        await App.Keys().RevokeAsync(Person(domain.Ada), domain.Name, revoked.View.Id, AppServices.None);

        var card = RenderInteractive<ApiKeysCard>(p => p.Add(c => c.DomainName, domain.Name).Add(c => c.Caller, Person(domain.Ada)));

        card.WaitForAssertion(() => Assert.Equal(2, card.FindAll("[data-testid=api-key-row]").Count));
        var rows = card.FindAll("[data-testid=api-key-row]").Select(r => r.TextContent).ToList();
        var activeRow = Assert.Single(rows, r => r.Contains(active.View.Prefix, StringComparison.Ordinal));
        Assert.Contains("links, campaigns", activeRow, StringComparison.Ordinal);
        Assert.Contains("Never", activeRow, StringComparison.Ordinal);
        Assert.Contains("Active", activeRow, StringComparison.Ordinal);
        Assert.Contains("Revoked", Assert.Single(rows, r => r.Contains(revoked.View.Prefix, StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Single(card.FindAll("[data-testid=api-key-revoke]"));
        Assert.DoesNotContain(active.Key[15..], card.Markup, StringComparison.Ordinal);
        Assert.Equal("/api/v1/reference", card.Find("[data-testid=api-reference-link]").GetAttribute("href"));
    }

    [Fact]
    public async Task The_dialog_creates_a_key_and_shows_it_once_with_a_copy_button_and_a_warning()
    {
        AddAppServices(database);
        var domain = await CampaignDomain.CreateAsync(App);
        var provider = RenderInteractive<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        await provider.InvokeAsync(() => dialogs.ShowAsync<CreateApiKeyDialog>("Create an API key", new DialogParameters<CreateApiKeyDialog>
        {
            { d => d.DomainName, domain.Name },
            { d => d.Caller, Person(domain.Ada) },
        }));
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("[data-testid=api-key-dialog]")));

        await provider.Find("input[data-testid=api-key-name]").ChangeAsync(new() { Value = "Sheets export" });
        await provider.Find("[data-testid=api-key-save]").ClickAsync(new());

        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("[data-testid=api-key-value]")));
        var key = provider.Find("[data-testid=api-key-value]").TextContent;
        Assert.Contains("you will not see it again", provider.Find("[data-testid=api-key-once]").TextContent, StringComparison.Ordinal);
        Assert.NotNull(provider.Find("[data-testid=api-key-copy]"));
        var identity = await App.Keys().AuthenticateAsync(key, AppServices.None);
        Assert.Equal("Sheets export", identity!.Name);
        Assert.Equal(["read"], identity.Scopes); // the dialog's default: a read-only key unless more is ticked
    }
}
