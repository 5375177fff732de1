using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using UtmStudio.Features.Campaigns;
using UtmStudio.Features.Campaigns.Editing;
using UtmStudio.Identity;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Campaigns;

namespace UtmStudio.Tests.Components;

/// <summary>The campaign dialog with the real services over a real database: what a marketer sees while typing and saving.</summary>
public sealed class CampaignDialogTests : MudTestBase, IClassFixture<TestDatabase>
{
    /// <summary>Renders that wait for the database (its first use in a run starts a cluster).</summary>
    private static readonly TimeSpan DatabaseWait = TimeSpan.FromSeconds(10);

    private static readonly CampaignSuggestions Suggestions = new(["newsletter", "google"], ["awareness", "sales"], []);

    private readonly TestDatabase _database;
    private readonly AppServices _app;

    public CampaignDialogTests(TestDatabase database)
    {
        _database = database;
        _app = new AppServices(database);
        AddAppServices(database);
    }

    [Fact]
    public async Task Utm_campaign_follows_the_name_until_the_person_types_their_own_and_the_campaign_is_created_with_it()
    {
        var domain = await CampaignDomain.CreateAsync(_app);
        var (provider, result) = await OpenCreateAsync(domain, Callers.Person(domain.Tom));

        await Input(provider, "campaign-name", "Été Sale 2026");
        Assert.Equal("ete_sale_2026", Value(provider, "campaign-utm-campaign"));
        Assert.Contains("Made from the name", provider.Find("[data-testid=campaign-dialog]").TextContent, StringComparison.Ordinal);

        await Input(provider, "campaign-utm-campaign", "summer26");
        await Input(provider, "campaign-name", "Summer Sale 2026");
        Assert.Equal("summer26", Value(provider, "campaign-utm-campaign"));

        await TypeAsync(provider, "campaign-source", "newsletter");
        await TypeAsync(provider, "campaign-objective", "Sales");
        await provider.Find("[data-testid=campaign-save]").ClickAsync(new());

        var created = await Completed(result);
        Assert.NotNull(created);
        Assert.Equal(("Summer Sale 2026", "summer26", "newsletter", "Sales"), (created.Name, created.UtmCampaign, created.Source, created.Objective));
    }

    [Fact]
    public async Task Client_checks_use_the_services_words_and_saving_with_gaps_marks_every_field()
    {
        var domain = await CampaignDomain.CreateAsync(_app);
        var (provider, result) = await OpenCreateAsync(domain, Callers.Person(domain.Tom));

        await Input(provider, "campaign-utm-campaign", "Spring Sale");
        provider.WaitForAssertion(() => Assert.Contains("can only use lower-case letters, digits and _ - . ~ (not \"S\" spaces)", provider.Markup, StringComparison.Ordinal));
        Assert.DoesNotContain("Enter a name.", provider.Markup, StringComparison.Ordinal); // not touched yet

        await provider.Find("[data-testid=campaign-save]").ClickAsync(new());

        provider.WaitForAssertion(() =>
        {
            Assert.Contains("Enter a name.", provider.Markup, StringComparison.Ordinal);
            Assert.Contains("Enter a source.", provider.Markup, StringComparison.Ordinal);
            Assert.Contains("Enter an objective.", provider.Markup, StringComparison.Ordinal);
        });
        Assert.False(result.IsCompleted);
        Assert.Equal("Spring Sale", Value(provider, "campaign-utm-campaign")); // nothing typed is lost
    }

    [Fact]
    public async Task A_taken_name_is_shown_at_the_name_field_and_what_was_typed_stays()
    {
        var domain = await CampaignDomain.CreateAsync(_app);
        await _app.Campaigns.CreateAsync(Callers.Person(domain.Ada), domain.Name, CampaignArrange.Draft("Spring Sale"), AppServices.None);
        var (provider, result) = await OpenCreateAsync(domain, Callers.Person(domain.Tom));

        await Input(provider, "campaign-name", "spring sale");
        await Input(provider, "campaign-utm-campaign", "spring_sale_tom");
        await TypeAsync(provider, "campaign-source", "google");
        await TypeAsync(provider, "campaign-objective", "traffic");
        await provider.Find("[data-testid=campaign-save]").ClickAsync(new());

        provider.WaitForAssertion(() => Assert.Contains("There is already a campaign called Spring Sale in this domain.", provider.Markup,
            StringComparison.Ordinal), DatabaseWait);
        Assert.Equal(("spring sale", "google", "traffic"), (Value(provider, "campaign-name"), Value(provider, "campaign-source"), Value(provider, "campaign-objective")));
        Assert.False(result.IsCompleted);

        await Input(provider, "campaign-name", "Spring Sale Tom");
        Assert.DoesNotContain("There is already a campaign", provider.Markup, StringComparison.Ordinal); // the message goes with the change
    }

    [Fact]
    public async Task A_new_utm_campaign_on_a_campaign_with_links_asks_and_updating_the_links_changes_them()
    {
        var domain = await CampaignDomain.CreateAsync(_app);
        var ada = Callers.Person(domain.Ada);
        var campaign = await _app.Campaigns.CreateAsync(ada, domain.Name, CampaignArrange.Draft("Spring Sale"), AppServices.None);
        var linkId = await _database.AddLinkAsync(campaign.Id, "spring_sale", "https://shop.test/?utm_campaign=spring_sale");
        campaign = await _app.Campaigns.GetAsync(ada, domain.Name, campaign.Id, AppServices.None);
        var (provider, result) = await OpenEditAsync(ada, campaign);

        await Input(provider, "campaign-utm-campaign", "spring_sale_26");
        var saving = SaveWhileAsked(provider);

        provider.WaitForAssertion(() => Assert.Equal(
            "1 link uses utm_campaign=spring_sale. Existing links keep their old value unless you update them.",
            Squash(provider.Find("[data-testid=utm-links-message]").TextContent)), DatabaseWait);
        Assert.NotNull(provider.Find("[data-testid=utm-links-keep]"));
        await provider.Find("[data-testid=utm-links-update]").ClickAsync(new());
        await saving;

        var saved = await Completed(result);
        Assert.Equal("spring_sale_26", saved!.UtmCampaign);
        await using var db = _database.CreateOwnerContext();
        Assert.Equal("spring_sale_26", await db.Links.Where(l => l.Id == linkId).Select(l => l.UtmCampaign).SingleAsync());
    }

    [Fact]
    public async Task Cancelling_the_links_question_saves_nothing_and_keeps_the_form()
    {
        var domain = await CampaignDomain.CreateAsync(_app);
        var ada = Callers.Person(domain.Ada);
        var campaign = await _app.Campaigns.CreateAsync(ada, domain.Name, CampaignArrange.Draft("Spring Sale"), AppServices.None);
        await _database.AddLinkAsync(campaign.Id, "spring_sale", "https://shop.test/?utm_campaign=spring_sale");
        campaign = await _app.Campaigns.GetAsync(ada, domain.Name, campaign.Id, AppServices.None);
        var (provider, result) = await OpenEditAsync(ada, campaign);

        await Input(provider, "campaign-utm-campaign", "spring_sale_26");
        var saving = SaveWhileAsked(provider);
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("[data-testid=utm-links-cancel]")), DatabaseWait);
        await provider.Find("[data-testid=utm-links-cancel]").ClickAsync(new());
        await saving;

        provider.WaitForAssertion(() => Assert.Empty(provider.FindAll("[data-testid=utm-links-dialog]")));
        Assert.Equal("spring_sale_26", Value(provider, "campaign-utm-campaign"));
        Assert.False(result.IsCompleted);
        Assert.Equal("spring_sale", (await _app.Campaigns.GetAsync(ada, domain.Name, campaign.Id, AppServices.None)).UtmCampaign);
    }

    [Theory]
    [InlineData(ConflictChoice.Overwrite)]
    [InlineData(ConflictChoice.Reload)]
    public async Task A_save_after_someone_elses_shows_what_differs_and_the_choice_decides(ConflictChoice choice)
    {
        var domain = await CampaignDomain.CreateAsync(_app);
        var ada = Callers.Person(domain.Ada);
        var campaign = await _app.Campaigns.CreateAsync(ada, domain.Name, CampaignArrange.Draft("Spring Sale"), AppServices.None);
        var (provider, result) = await OpenEditAsync(Callers.Person(domain.Tom), campaign);
        await _app.Campaigns.UpdateAsync(ada, domain.Name, campaign.Id, campaign.ToDraft() with { Objective = "leads" }, campaign.Version,
            LinksOnUtmCampaignChange.Ask, AppServices.None);

        await TypeAsync(provider, "campaign-source", "google");
        var saving = SaveWhileAsked(provider);

        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("[data-testid=campaign-conflict-dialog]")), DatabaseWait);
        var rows = provider.FindAll("[data-testid=conflict-row]").Select(r => (r.GetAttribute("data-field"),
            r.QuerySelector("[data-testid=conflict-mine]")!.TextContent, r.QuerySelector("[data-testid=conflict-stored]")!.TextContent)).ToList();
        Assert.Equal([("Source", "google", "newsletter"), ("Objective", "sales", "leads")], rows);

        await provider.Find($"[data-testid=conflict-{choice.ToString().ToLowerInvariant()}]").ClickAsync(new());
        await saving.WaitAsync(DatabaseWait);

        if (choice == ConflictChoice.Overwrite)
        {
            var saved = await Completed(result);
            Assert.Equal(("google", "sales"), (saved!.Source, saved.Objective));
        }
        else
        {
            provider.WaitForAssertion(() => Assert.Equal("leads", Value(provider, "campaign-objective")));
            Assert.Equal("newsletter", Value(provider, "campaign-source"));
            Assert.False(result.IsCompleted);
            await provider.Find("[data-testid=campaign-save]").ClickAsync(new()); // based on their version now: no conflict
            Assert.Equal("leads", (await Completed(result))!.Objective);
        }
    }

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, Task<CampaignDetails?> Result)> OpenCreateAsync(CampaignDomain domain, Caller caller)
    {
        var provider = RenderInteractive<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        Task<CampaignDetails?> result = null!;
        // Not awaited: the task ends when the dialog closes.
        await provider.InvokeAsync(() => { result = CampaignDialogs.CreateAsync(dialogs, caller, domain.Name, Suggestions); });
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("[data-testid=campaign-dialog]")));
        return (provider, result);
    }

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, Task<CampaignDetails?> Result)> OpenEditAsync(Caller caller, CampaignDetails campaign)
    {
        var provider = RenderInteractive<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        Task<CampaignDetails?> result = null!;
        await provider.InvokeAsync(() => { result = CampaignDialogs.EditAsync(dialogs, caller, campaign, Suggestions); });
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("[data-testid=campaign-dialog]")));
        return (provider, result);
    }

    /// <summary>Clicks Save without waiting for it: the save waits for the answer to the question it asks.</summary>
    private static Task SaveWhileAsked(IRenderedComponent<MudDialogProvider> provider) =>
        provider.Find("[data-testid=campaign-save]").ClickAsync(new());

    private static Task Input(IRenderedComponent<MudDialogProvider> provider, string testId, string value) =>
        provider.Find($"input[data-testid={testId}]").InputAsync(new() { Value = value });

    /// <summary>Types into an autocomplete and leaves it, as a person tabbing on would.</summary>
    private static async Task TypeAsync(IRenderedComponent<MudDialogProvider> provider, string testId, string value)
    {
        await provider.Find($"input[data-testid={testId}]").InputAsync(new() { Value = value });
        await provider.Find($"input[data-testid={testId}]").BlurAsync(new());
    }

    private static string? Value(IRenderedComponent<MudDialogProvider> provider, string testId) =>
        provider.Find($"input[data-testid={testId}]").GetAttribute("value");

    private static async Task<CampaignDetails?> Completed(Task<CampaignDetails?> result) => await result.WaitAsync(DatabaseWait);

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
