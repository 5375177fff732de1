using Bunit;
using UtmStudio.Features.Onboarding;

namespace UtmStudio.Tests.Components;

public sealed class WelcomeDomainFormTests : MudTestBase
{
    [Fact]
    public void The_suggested_domain_is_prefilled_with_what_will_be_saved()
    {
        var form = RenderInteractive<WelcomeDomainForm>(p => p.Add(f => f.InitialName, "acme.test"));

        Assert.Equal("acme.test", form.Find("input").GetAttribute("value"));
        Assert.Equal("We'll save: acme.test", form.Find("[data-testid=domain-name-preview]").TextContent.Trim());
        Assert.False(form.Find("[data-testid=create-domain]").HasAttribute("disabled"));
    }

    [Fact]
    public void Typing_shows_the_normalized_name_and_why_it_changed()
    {
        var form = RenderInteractive<WelcomeDomainForm>();

        form.Find("input").Input("https://WWW.Acme.test/pricing");

        Assert.Equal("We'll save: acme.test", form.Find("[data-testid=domain-name-preview]").TextContent.Trim());
        var notices = form.FindAll("[data-testid=domain-name-notice]").Select(n => n.TextContent).ToList();
        Assert.Contains(notices, n => n.Contains("https://", StringComparison.Ordinal));
        Assert.Contains(notices, n => n.Contains("www.", StringComparison.Ordinal));
    }

    [Fact]
    public void An_invalid_name_shows_its_error_and_cannot_be_submitted()
    {
        var form = RenderInteractive<WelcomeDomainForm>();

        form.Find("input").Input("acme.test:8443");

        Assert.Contains("Leave out the port", form.Markup, StringComparison.Ordinal);
        Assert.Empty(form.FindAll("[data-testid=domain-name-preview]"));
        Assert.True(form.Find("[data-testid=create-domain]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task Submitting_passes_the_typed_name_and_an_existing_domain_offers_request_access()
    {
        string? created = null;
        string? requested = null;
        var form = RenderInteractive<WelcomeDomainForm>(p => p
            .Add(f => f.InitialName, "acme.test")
            .Add(f => f.OnCreate, name => created = name)
            .Add(f => f.OnRequestAccess, name => requested = name));

        await form.Find("form").SubmitAsync();
        Assert.Equal("acme.test", created);
        Assert.Empty(form.FindAll("[data-testid=domain-taken]"));

        form.Render(p => p.Add(f => f.TakenName, "acme.test"));
        Assert.Contains("acme.test already has a team", form.Find("[data-testid=domain-taken]").TextContent, StringComparison.Ordinal);
        await form.Find("[data-testid=request-access]").ClickAsync(new());
        Assert.Equal("acme.test", requested);
    }

    [Theory]
    [InlineData("co.uk", "co.uk is a public suffix")]
    [InlineData("https://github.io", "github.io is a public suffix")]
    [InlineData("gmail.com", "gmail.com is a public email service")]
    public void A_name_nobody_can_claim_is_refused_as_it_is_typed(string typed, string message)
    {
        var form = RenderInteractive<WelcomeDomainForm>();

        form.Find("input").Input(typed);

        Assert.Contains(message, form.Markup, StringComparison.Ordinal);
        Assert.Empty(form.FindAll("[data-testid=domain-name-preview]"));
        Assert.True(form.Find("[data-testid=create-domain]").HasAttribute("disabled"));

        form.Find("input").Input("shop.acme.co.uk");
        Assert.Equal("We'll save: shop.acme.co.uk", form.Find("[data-testid=domain-name-preview]").TextContent.Trim());
        Assert.False(form.Find("[data-testid=create-domain]").HasAttribute("disabled"));
    }
}
