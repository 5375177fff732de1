using Microsoft.Extensions.Time.Testing;
using UtmStudio.Features.Analytics;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Campaigns;
using UtmStudio.Tests.Integration.Links;

namespace UtmStudio.Tests.Integration.Analytics;

/// <summary>
/// A domain with clicks, arranged once for a test class, on a clock stopped at 30 Nov 2026 15:30 UTC. Campaign Spring
/// Sale has Mail (newsletter / email), Search (google / cpc) and a link deleted since (linkedin / social); campaign
/// Autumn has Carousel (facebook / paid_social). Eleven clicks, nine by people and two by bots (device, browser and
/// OS as the click writer stores them: Tracking.Agents.AgentText keys):
/// <code>
///  #  link      when (UTC)            visitor  referrer         device   browser  os       country  qr
///  1  Mail      30 Nov 09:10          v1       mail.google.com  desktop  chrome   windows  DE
///  2  Mail      30 Nov 09:40          v1       —                mobile   safari   ios      DE       qr
///  3  Mail      29 Nov 20:00          v2       —                mobile   safari   ios      FR       qr
///  4  Search    30 Nov 14:05          v1       www.google.com   desktop  firefox  linux    US
///  5  Search    20 Nov 08:00          v3       www.google.com   desktop  chrome   macos    —
///  6  Carousel  30 Nov 11:00          v4       facebook.com     mobile   chrome   android  GB
///  7  Carousel   1 Nov 00:00          v5       facebook.com     tablet   safari   ios      GB
///  8  Carousel  31 Oct 23:59:59       v6       facebook.com     mobile   chrome   android  GB
///  9  Deleted   28 Nov 12:00          v7       —                desktop  edge     windows  NL
/// 10  Mail      30 Nov 10:00 (bot)    b1       —                bot      other    other    US
/// 11  Carousel  25 Nov 10:00 (bot)    b2       —                bot      other    other    —
/// </code>
/// A second domain (B, its manager only, one campaign with a link and no clicks) is the stranger.
/// </summary>
public sealed class AnalyticsWorld : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 11, 30, 15, 30, 0, TimeSpan.Zero);

    public TestDatabase Database { get; } = new();

    public FakeTimeProvider Clock { get; } = new(Now);

    public AppServices App { get; private set; } = null!;

    public AnalyticsService Analytics => (AnalyticsService)App.Services.GetService(typeof(AnalyticsService))!;

    public LinkDomain Domain { get; private set; } = null!;

    public string Name => Domain.Name;

    public Guid DomainId { get; private set; }

    public Guid SpringId => Domain.CampaignId;

    public Guid AutumnId { get; private set; }

    public TestLink Mail { get; private set; } = null!;

    public TestLink Search { get; private set; } = null!;

    public TestLink Carousel { get; private set; } = null!;

    public TestLink Deleted { get; private set; } = null!;

    public string B { get; private set; } = "";

    public Guid BManager { get; private set; }

    public Guid BId { get; private set; }

    public Guid BCampaignId { get; private set; }

    public Guid BLinkId { get; private set; }

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        App = new AppServices(Database, Clock);
        Domain = await LinkDomain.CreateAsync(App);
        DomainId = (await App.Domains.GetSettingsAsync(Person(Domain.Ada), Name, AppServices.None)).Id;
        AutumnId = (await App.Campaigns.CreateAsync(Person(Domain.Ada), Name, CampaignArrange.Draft("Autumn"), AppServices.None)).Id;
        async Task<Guid> Make(LinkDraftValues v) => (await App.Links.CreateAsync(Person(Domain.Tom), Name,
            Domain.Draft(v.Page) with { CampaignId = v.Campaign, Source = v.Source, Medium = v.Medium, Content = v.Content, Term = v.Term, Label = v.Label },
            AppServices.None)).Link.Id;
        Mail = new(await Make(new("mail", SpringId, "newsletter", "email", "hero banner", null, "Spring mail")), SpringId, "email", "newsletter", "email", "hero banner");
        Search = new(await Make(new("search", SpringId, "google", "cpc", null, "running shoes", null)), SpringId, "paid_search", "google", "cpc", Term: "running shoes");
        Carousel = new(await Make(new("carousel", AutumnId, "facebook", "paid_social", "carousel_a", null, null)), AutumnId, "paid_social", "facebook", "paid_social", "carousel_a");
        Deleted = new(await Make(new("gone", SpringId, "linkedin", "social", null, null, null)), SpringId, "organic_social", "linkedin", "social");
        await App.Links.DeleteAsync(Person(Domain.Ada), Name, Deleted.Id, AppServices.None);

        await Database.InsertAsync(DomainId,
        [
            new(Mail, At(30, 9, 10), "v1", "mail.google.com", "desktop", "chrome", "windows", "DE"),
            new(Mail, At(30, 9, 40), "v1", "", "mobile", "safari", "ios", "DE", FromQr: true),
            new(Mail, At(29, 20, 0), "v2", "", "mobile", "safari", "ios", "FR", FromQr: true),
            new(Search, At(30, 14, 5), "v1", "www.google.com", "desktop", "firefox", "linux", "US"),
            new(Search, At(20, 8, 0), "v3", "www.google.com", "desktop", "chrome", "macos", ""),
            new(Carousel, At(30, 11, 0), "v4", "facebook.com", "mobile", "chrome", "android", "GB"),
            new(Carousel, At(1, 0, 0), "v5", "facebook.com", "tablet", "safari", "ios", "GB"),
            new(Carousel, new DateTimeOffset(2026, 10, 31, 23, 59, 59, TimeSpan.Zero), "v6", "facebook.com", "mobile", "chrome", "android", "GB"),
            new(Deleted, At(28, 12, 0), "v7", "", "desktop", "edge", "windows", "NL"),
            new(Mail, At(30, 10, 0), "b1", "", "bot", "other", "other", "US", IsBot: true),
            new(Carousel, At(25, 10, 0), "b2", "", "bot", "other", "other", "", IsBot: true),
        ]);

        B = Unique.Domain("bolt");
        BManager = await App.SignUpAsync(Unique.Email("b", B), B);
        BId = (await App.Domains.GetSettingsAsync(Person(BManager), B, AppServices.None)).Id;
        (BCampaignId, BLinkId, _) = await Database.InsertCampaignWithLinkAsync(BId, BManager);
    }

    public Task DisposeAsync() => Database.DisposeAsync();

    public static DateTimeOffset At(int novemberDay, int hour, int minute) => new(2026, 11, novemberDay, hour, minute, 0, TimeSpan.Zero);

    private sealed record LinkDraftValues(string Page, Guid Campaign, string Source, string Medium, string? Content, string? Term, string? Label);
}
